def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))

for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 1j, (), (None,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
msg = "odd" if x % 2 else "even"
print(msg)
print("a" if 0 else "b" if 0 else "c")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last")
print(not 0, not "x", not not [])

def side(v, name):
    print("eval", name)
    return v
if side(0, "first") and side(1, "second"):
    print("never")
if side(1, "a") or side(1, "b"):
    print("short circuit or")
if not side([], "c"):
    pass
else:
    print("never")
nested = 7
if nested > 0:
    if nested > 5:
        print("big positive")
    else:
        print("small positive")
