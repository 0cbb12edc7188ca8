vals = [0.1 + 0.2, 0.1, 1 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5e300, 2.5, 100.0, -0.0, 0.0, 1e22, 1e-320, 5e-324, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), float("1e400"), float("-1e400"),
        3.0 * 1.1, 1.1 * 1.1, 2 / 3, 9007199254740993.0, 0.3, 1e100, 12345.6789]
for v in vals:
    print(repr(v), str(v))
print(float("  3.5  "), float("-inf"), float("Infinity"), float("nan"), float("1_0.5"), float(".5"), float("5."))
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(type(e).__name__, e)
print(float("nan") == float("nan"), float("inf") == float("inf"), -0.0 == 0.0)
nan = float("nan")
print(nan != nan, nan < 1, nan > 1, [nan] == [nan])
print(float("inf") * 0, float("inf") - float("inf"), float("inf") + 1, -float("inf") * -1)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10)
print(type(1e0).__name__, 1e0 == 1, 2.0 ** 0.5, 10.0 ** -2)
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
