class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 9
class HasFloat:
    def __float__(self):
        return 1.25
print(int(HasInt()), float(HasFloat()), float(HasIndex()), int(HasIndex()))
print(int(b"42"), int(bytearray(b"17")), float(b"1.5"), int("  -0x1F  ", 16), int("0_0"))
print(float("1e-3"), float("-.5e+2"), float("inF"), float(" NaN "), float("-0.0"))
print(int(2 ** 100 + 0.0) == 2 ** 100, float(2 ** 1023) == 2.0 ** 1023)
for bad in ["1e", "e1", "1..0", "0x1p3", "--1", "1 2", "∞"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "str"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(HasIndex()), str(HasIndex())[:1] == "<")
print(int(-0.0), float(-0), complex(HasFloat()), round(HasFloat().__float__()))
print(int("٣") if False else int("3"), float("١.٥"))
