class WithClose:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __iter__(self):
        return self
    def __next__(self):
        return self.name
    def close(self):
        print("close called on", self.name)
        if self.fail:
            raise OSError("close failed for " + self.name)

class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "noclose"

def deleg(it):
    try:
        yield from it
    finally:
        print("delegator finally")

g = deleg(WithClose("ok"))
print(next(g))
print("close ->", g.close())

g = deleg(WithClose("bad", fail=True))
next(g)
try:
    g.close()
except OSError as e:
    print(type(e).__name__, e)

g = deleg(NoClose())
next(g)
print("close without close() ->", g.close())

class CloseNotCallable:
    close = 5
    def __iter__(self):
        return self
    def __next__(self):
        return 1

g = deleg(CloseNotCallable())
next(g)
try:
    g.close()
except TypeError as e:
    print(type(e).__name__, e)

g = deleg(iter([1, 2]))
next(g)
print("list iterator close ->", g.close())

class CloseReturns:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        return "ignored"

g = deleg(CloseReturns())
next(g)
print("close returning value ->", g.close())
