print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(3 + 4j))
try:
    abs("x")
except TypeError as e:
    print(e)
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(4.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(12345, -1), round(12355, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345.678, -2))
print(round(3.14159, 0), round(3.7), round(-3.7), round(7), round(7, 2), round(1e20), round(2.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(1.23456789e-5, 8))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
