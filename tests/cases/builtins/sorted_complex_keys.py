people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "SF")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_city])
two_pass = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print([p[0] for p in two_pass])
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["b", "A", "c"], key=str.casefold))
print(sorted([3, 1, 2], key=lambda x: 0), sorted([(1, None), (0, None)]))
print(sorted(["aa", "b", "ccc", "dd"], key=len, reverse=True))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print(sorted([[1, 2], [1], [0, 5, 5]], key=sum), sorted("Hello World", key=str.lower))
print(max(people, key=lambda p: p[1])[0], min(people, key=lambda p: (p[1], p[0]))[0])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
class Rec:
    def __init__(self, n): self.n = n
try:
    sorted([Rec(2), Rec(1)])
except TypeError as e:
    print(type(e).__name__, e)
print([r.n for r in sorted([Rec(2), Rec(1), Rec(3)], key=lambda r: r.n)])
