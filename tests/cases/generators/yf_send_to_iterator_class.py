class PlainIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i

def delegating(it):
    yield from it

g = delegating(PlainIter())
print(next(g))
print(g.send(None))
try:
    g.send("value")
except AttributeError as e:
    print(type(e).__name__, e)
print("generator finished after error:", g.gi_frame is None)

g = delegating(iter((1, 2, 3)))
next(g)
try:
    g.send(0)
except AttributeError as e:
    print(type(e).__name__, e)

g = delegating(iter({"a": 1}))
next(g)
try:
    g.send(False)
except AttributeError as e:
    print(type(e).__name__, e)

def catcher(it):
    try:
        yield from it
    except AttributeError as e:
        yield "caught: " + str(e)

g = catcher(PlainIter())
next(g)
print(g.send([1]))

class SendRaises:
    def __iter__(self):
        return self
    def __next__(self):
        return "n"
    def send(self, v):
        raise TypeError("send got %r" % (v,))

g = delegating(SendRaises())
next(g)
try:
    g.send(7)
except TypeError as e:
    print(type(e).__name__, e)
