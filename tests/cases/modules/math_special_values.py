import math
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-310, 1e308, -1e308, math.inf, -math.inf, math.nan, 3, 10 ** 400]
names = ["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "log", "log10", "log2", "log1p", "fabs", "degrees", "radians", "floor", "ceil", "trunc", "modf", "frexp", "isnan", "isinf", "isfinite", "ulp"]
for n in names:
    out = []
    for v in vals:
        try:
            r = getattr(math, n)(v)
            out.append(repr(r))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__[:4] + ":" + str(e))
    print(n, " ".join(out))
pairs = [(2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (math.inf, 2.0), (math.inf, -3.0), (-math.inf, 3.0), (2.0, math.inf), (0.5, math.inf), (-1.0, math.inf), (math.nan, 0.0), (1.0, math.nan), (10.0, 400.0), (7.0, 4.0), (-7.0, 4.0), (5.0, 2.0), (-5.0, 2.0), (1.0, 0.0), (math.inf, 1.0), (3.0, -math.inf)]
for n in ["pow", "atan2", "copysign", "fmod", "remainder", "nextafter", "hypot", "ldexp"]:
    out = []
    for x, y in pairs:
        try:
            if n == "ldexp":
                y = int(y) if math.isfinite(y) else 2000
            out.append(repr(getattr(math, n)(x, y)))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__[:4] + ":" + str(e))
    print(n, " ".join(out))
print(math.hypot(3, 4, 12), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.dist((1.5, 2.5, -3), (0, 0, 0)), math.hypot(math.inf, math.nan), math.hypot(*range(1, 20)))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([math.inf, 1]), math.fsum([1, 2.5, 1e-20]), math.fsum(iter([0.1, 0.2, 0.3])))
for bad in [lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.log(0), lambda: math.log(-1, 2), lambda: math.log(2, 1), lambda: math.log(10 ** 400, 10), lambda: math.log2(2 ** 2000), lambda: math.sqrt(), lambda: math.pow(1), lambda: math.ldexp(1.0, 1.5), lambda: math.factorial(10 ** 20), lambda: math.comb(5.0, 2), lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.trunc("x"), lambda: math.floor("x"), lambda: math.gcd("a")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class F:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __float__(self): return 2.5
print(math.cbrt(8.0), math.cbrt(-64.0), math.floor(F()), math.ceil(F()), math.sqrt(F()), math.factorial(30), math.comb(100, 97), math.perm(10), math.perm(10, None), math.isqrt(10 ** 41))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log(2 ** 1023 * 3), math.remainder(-0.0, 1), math.remainder(3.5, 1), math.remainder(2.5, 1), math.remainder(1e308, 3e-308))
