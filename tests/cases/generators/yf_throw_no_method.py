class PlainIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("plain done")
        return self.i

class WithClose(PlainIter):
    def close(self):
        print("WithClose.close called")

def outer(it):
    try:
        r = yield from it
        print("returned", r)
    except ValueError as e:
        print("outer caught", e)
        yield "recovered"

print(list(outer(PlainIter())))

g = outer(PlainIter())
print(next(g))
print(g.throw(ValueError("no throw method")))

g = outer(WithClose())
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e)

g = outer(WithClose())
next(g)
g.close()
print("closed")
