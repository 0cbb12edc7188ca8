ge = (c for c in "abc")
print(list(ge))
print(list(ge))
print(next(ge, "exhausted"))
try:
    next(ge)
except StopIteration as e:
    print("StopIteration", e.value)

ge = (n for n in range(5))
print(3 in ge)
print(list(ge))
ge = (n for n in range(5))
print(sum(ge), sum(ge))
print(iter(ge) is ge)
ge = (n for n in range(3))
a, b, c = ge
print(a, b, c)
ge = (n for n in range(3))
try:
    a, b = ge
except ValueError as e:
    print(type(e).__name__, e)
