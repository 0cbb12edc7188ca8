print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5.5, 0), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(int(3.7), int(-3.7), int(1e10), int(-0.5))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 5 % -0.5, -1 % 3.0, -1e-20 % 1.0)
print(7.5 // 2, -7.5 // 2, divmod(7.5, 2), divmod(-7.5, 2))
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0.0)", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(abs(-2.5), -(-0.0), abs(-0.0), 2.0 ** 10, 2 ** 0.5, (-8.0) ** 2)
try:
    (-8.0) ** 0.5
    print("complex result:", type((-8.0) ** 0.5).__name__)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(1.0 == 1, 0.5 < 1, 1e300 * 1e300 > 10 ** 400, hash(1.0) == hash(1), hash(0.5) == hash(0.5))
print(max(1, 2.0), min(1.0, 1), sum([0.1] * 10), 3 * 0.1)
print(int(2.0 ** 63), float(10 ** 16 + 1))
