a = [1, 2]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c, a is not c)
print(None is None, [] is [] if False else "skip", () == (), 1 == 1.0)
class Default:
    pass
x, y = Default(), Default()
print(x == x, x == y, x != y, x is x)
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Val) and self.v == o.v
print(Val(1) == Val(1), Val(1) != Val(1), Val(1) != Val(2), Val(1) == 1)
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
s1 = "hello world"
s2 = " ".join(["hello", "world"])
print(s1 == s2, type(s1) is type(s2))
print(float("nan") is float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print(n == n, [n] == [n], n in [n], (n,) == (n,))
print(0 == -0, 0.0 == -0.0, 1 == True, 2 == True, "1" == 1)
print([1, 2] == [1, 2.0], {1: "a"} == {1.0: "a"}, {1, 2} == frozenset({1, 2}))
