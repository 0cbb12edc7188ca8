print(str(), str(1), str(1.5), str(-0.0), str(True), str(None), str([1, "a"]), str((1,)), str({1: "x"}))
print(str(b"hi"), str(b"hi", "ascii"), str(bytearray(b"x"), "utf-8"), str(b"\xc3\xa9", "utf-8", "strict"))
print(str(b"\xff", "utf-8", "replace"), str(object).startswith("<class"), str(str))
class S:
    def __str__(self):
        return "S!"
class R:
    def __repr__(self):
        return "R!"
print(str(S()), str(R()), str([R(), R()]))
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
class MyStr(str):
    pass
ms = MyStr("abc")
print(type(str(ms)).__name__, type(ms).__name__, ms == "abc", ms.upper(), type(ms.upper()).__name__)
print(str("x") is not None, str(10 ** 30), str(2.5e-8), str(float("inf")))
