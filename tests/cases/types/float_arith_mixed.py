# + - * / on floats, int/float mixes and int/int true division: signed zeros, inf,
# nan, subnormals, large ints and division by zero.
vals = [0, 1, -1, 3, 7, 2**53 - 1, -(2**53 - 1), 2**52 + 1, 0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("-inf"), float("nan"), 1e-320, True]
for a in vals:
    for b in vals:
        row = []
        for op in ("+", "-", "*", "/"):
            try:
                r = eval(f"a {op} b")
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(repr(a), repr(b), *row)
x = 10
x /= 4
y = 2.5
y += 1
y *= 3
y -= 0.5
print(x, y, 7 / 2, -7 / 2, 1 / 3)
