print(list(), list([1, 2]), list((1,)), list("ab"), list(range(3)), list({"a": 1}), list({3}), list(x * 2 for x in range(3)))
print(tuple(), tuple([1]), tuple("ab"), tuple({"k": 1}.values()))
print(dict(), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"x": 1}), dict({"x": 1}, x=2), dict(zip("ab", "cd")))
print(set(), set("aab") == {"a", "b"}, set([1, 1, 2]), frozenset(range(3)), set({1: 2}))
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2, l is not l2)
for bad in [lambda: list(1), lambda: dict(1), lambda: dict(["ab", "c"]), lambda: set(1), lambda: tuple(1.5), lambda: dict(a=1, b=2, **{"a": 3})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class It:
    def __iter__(self):
        return iter([("k", "v")])
print(list(It()), dict(It()), tuple(It()))
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {**Keys()})
