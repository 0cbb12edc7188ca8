class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise StopIteration("value is ignored by for")
        return self.i

for x in It():
    print(x)
else:
    print("for-else runs on StopIteration")

for x in It():
    if x == 2:
        break
else:
    print("not printed")

def g():
    yield 1
    return "ret"
result = [v for v in g()]
print(result)

i = It()
print(list(i), next(i, "dflt"), next(i, "dflt"))
class Resurrect:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls % 3 == 0:
            raise StopIteration
        return self.calls
r = Resurrect()
print(list(r), list(r), list(r))
