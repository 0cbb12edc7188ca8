import math
calls = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(0)", lambda: math.log10(0)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-2)", lambda: math.asin(-2)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("perm(3, -1)", lambda: math.perm(3, -1)),
]
for name, fn in calls:
    try:
        print(name, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf), math.atan(math.inf) == math.pi / 2)
print(math.sqrt(-1))
