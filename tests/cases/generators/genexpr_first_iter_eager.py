def make(n):
    print("  make called with", n)
    return range(n)

ge = (x for x in make(2))
print("make already called at creation")
print(list(ge))

try:
    ge = (x for x in 5)
except TypeError as e:
    print("creation error:", type(e).__name__, e)

ge = (x * y for x in range(2) for y in 5)
print("second clause not evaluated yet")
try:
    list(ge)
except TypeError as e:
    print("iteration error:", type(e).__name__, e)

ge = (x for x in range(3) if 1 / (x - 1))
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("condition error at iteration:", e)

try:
    ge = (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)
ge = (undefined_later for x in [1])
try:
    next(ge)
except NameError as e:
    print("NameError at iteration:", e)
