print(repr("a'b"), repr(1.0), repr([1, "x"]), str(1.0), str("x"), repr(None))
print(int("12"), int(12.9), int(-0.1), float("1.5"), float(3), float("-0"), bool(0), bool("0"), bool([0]))
print(list("ab"), list((1, 2)), list({"k": 1}), tuple([1, 2]), tuple("ab"), tuple({1: 2}.items()))
print(dict([("a", 1)]), dict(a=1), dict({"x": 1}, y=2), dict(), dict(zip([1, 2], "ab")))
print(set("aab") == {"a", "b"}, sorted(set([3, 1, 3])), frozenset([1, 1]), set())
print(str(b"abc"), str(b"abc", "utf-8"), bytes("é", "utf-8"), bytes([1, 2]), bytearray(b"x"))
print(list(map(float, ["1", "2.5", "inf", "-1e3"])))
print(int(float("1e5")), int("0b11", 2), float(" 7 "), complex("3"), str(10 ** 20))
print(bool(float("nan")), bool(0j), list(range(3)) == [0, 1, 2])
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float("1.2.3")
except ValueError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
class Conv:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __bool__(self): return False
    def __str__(self): return "conv"
c = Conv()
print(int(c), float(c), bool(c), str(c), [0, 1, 2, 3][c], hex(c), bin(c))
