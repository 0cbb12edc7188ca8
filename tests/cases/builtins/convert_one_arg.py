# Calls of str, int, float, list and tuple with one argument: results, identity of
# exact str/tuple arguments, conversion hooks and errors.
class S(str):
    pass
class I:
    def __str__(self): return "I!"
    def __int__(self): return 7
    def __index__(self): return 8
    def __float__(self): return 2.5
    def __iter__(self): return iter([1, 2])
s = "abc"
t = (1, 2)
print(str(s) is s, tuple(t) is t, str(S("x")), type(str(S("x"))).__name__, str(I()), str(1.5), str([1, "a"]), str(None), str(b"x"))
print(int("12"), int(" -3 "), int(3.9), int(True), type(int(True)).__name__, int(I()), int(2**70), int("1_000"))
print(float("1.5"), float(3), float(True), float(I()), float(" inf "), float(2**70))
print(list(range(3)), list("ab"), list(I()), list({1: 2, 3: 4}), list((1, 2)), tuple([1, 2]), tuple("xy"), tuple(I()))
l = [1, 2]
print(list(l) is l, list(l) == l)
for bad in [lambda: int("x"), lambda: float([]), lambda: list(5), lambda: tuple(None), lambda: int(None), lambda: float("y"), lambda: int([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(str(), int(), float(), list(), tuple(), str(object="q"), int("ff", 16), int(x="5") if False else 0)
