def noisy(x):
    print("  computing", x)
    return x * 2

ge = (noisy(x) for x in range(3))
print(type(ge).__name__)
print("created, nothing computed yet")
print("first:", next(ge))
print("rest:", list(ge))
print("again:", list(ge))

def src():
    print("  src started")
    for i in range(3):
        print("  src yields", i)
        yield i

ge2 = (v + 100 for v in src())
print("genexpr over generator created")
for v in ge2:
    print("loop got", v)
