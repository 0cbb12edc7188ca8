def match_yield(values):
    for v in values:
        match v:
            case int(n) if n > 0:
                yield ("positive", n)
            case [a, b]:
                got = yield ("pair", a + b)
                if got:
                    yield ("pair-reply", got)
            case {"k": k}:
                yield ("dict", k)
            case _:
                yield ("other", v)

print(list(match_yield([3, -1, [1, 2], {"k": "v"}, "s"])))
g = match_yield([[1, 1]])
print(next(g), g.send("hi"))

def match_class(items):
    class P:
        __match_args__ = ("x", "y")
        def __init__(self, x, y):
            self.x, self.y = x, y
    for it in items:
        match P(*it):
            case P(0, y):
                yield ("on y axis", y)
            case P(x, 0):
                yield ("on x axis", x)
            case P(x, y) if x == y:
                yield ("diagonal", (yield "need label"))
            case _:
                yield "elsewhere"

g = match_class([(0, 5), (3, 0), (2, 2), (1, 2)])
print(next(g), next(g), next(g))
print(g.send("diag-label"), next(g))
