print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
d = {"a": 1, "b": 2}
print(list(reversed(d)), list(reversed(d.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 11
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("bca"), sorted((3, 1, 2), reverse=True), sorted({3: "x", 1: "y"}), sorted([]))
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"], key=str.lower))
stab = [(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")]
print(sorted(stab, key=lambda t: t[0]))
print(sorted(stab, key=lambda t: t[0], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted(5)
except TypeError as e:
    print(e)
