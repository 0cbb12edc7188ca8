class Sub:
    def __init__(self, n, value):
        self.n = n
        self.value = value
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.value)
        self.n -= 1
        return self.n

def outer(sub):
    r = yield from sub
    yield ("returned", r)

print(list(outer(Sub(2, "val"))))
print(list(outer(Sub(0, (1, 2)))))
print(list(outer(Sub(1, None))))

class MultiArg:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(1, 2)

print(list(outer(MultiArg())))

def gen_returns_stopiteration_obj():
    yield 1
    return StopIteration("inner")

print(list(outer(gen_returns_stopiteration_obj())))
