class Countdown:
    def __init__(self, n, result):
        self.n = n
        self.result = result
        self.sent = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration(self.result)
        self.n -= 1
        return self.n
    def send(self, v):
        self.sent.append(v)
        return self.__next__()

def outer(it):
    r = yield from it
    return ("got", r)

cd = Countdown(3, "done")
g = outer(cd)
print(next(g))
print(g.send("s1"))
print(g.send(None))
try:
    g.send("s3")
except StopIteration as e:
    print("value", e.value)
print("iterator received sends:", cd.sent)

class OnlyIter:
    def __iter__(self):
        return Countdown(2, "from delegate")

print(list(outer(OnlyIter())))
g = outer(OnlyIter())
for _ in g:
    pass

class BadIter:
    def __iter__(self):
        return 42

try:
    list(outer(BadIter()))
except TypeError as e:
    print(type(e).__name__, e)

class NoNext:
    def __iter__(self):
        return self

try:
    list(outer(NoNext()))
except TypeError as e:
    print(type(e).__name__, e)

class RaisesInNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise LookupError("from __next__")

def catching():
    try:
        yield from RaisesInNext()
    except LookupError as e:
        yield "caught " + str(e)

print(list(catching()))

def gen_with_value():
    yield "a"
    return {"k": [1, 2]}

def uses():
    v = yield from gen_with_value()
    v["k"].append(3)
    yield v

print(list(uses()))
