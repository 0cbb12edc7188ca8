for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -5)]:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b), "/", a / b)
print(7 / 7, type(6 / 3).__name__, 1 / 3, 2 / 3, -1 / 3)
print(10 ** 17 / 3, 2 ** 53 + 1, float(2 ** 53 + 1))
for expr in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "5 // 0.0", "5 % 0.0", "5.0 / 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(2 ** -1, 2 ** -2, (-2) ** 2, -2 ** 2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, pow(0, 0), 10 ** 0)
print(-7 // 2 * 2 + -7 % 2)
print(int(7 / 2), int(-7 / 2), round(7 / 2), round(-7 / 2))
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
