import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V(" + ".".join(map(str, self.parts)) + ")"
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2") > Version("10"))
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(cmp)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: -cmp(a, b))))
K = functools.cmp_to_key(cmp)
print(K("ab") < K("abc"), K("b") > K("a"), K("x") == K("x"))
@functools.singledispatch
def show(x):
    return "object:" + repr(x)
@show.register
def _(x: int):
    return "int:%d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(5), show([1, 2]), show("s"), show(True))
class Cached:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 99
c = Cached()
print(c.value, c.value, c.calls)
