print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(10, 100, 7), pow(-3, 3, 7), pow(3, 0, 1), pow(2, 10 ** 6, 1000))
print(pow(3, -1, 11), pow(38, -1, 97), pow(2, -3, 7))
print(pow(0, 0), pow(0.0, 0), pow(1, 10 ** 10), pow(-1, 10 ** 10 + 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(2 ** 0.5, 4 ** -0.5, (-1) ** 0.5 == pow(-1, 0.5), type(pow(-1, 0.5)).__name__)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow("2", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__)
print(pow(7, 2, -5), pow(-7, 2, 5))
