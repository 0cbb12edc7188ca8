def g(tag):
    try:
        yield tag
        yield tag * 2
    finally:
        print("finally", tag)

x = g("a")
print(next(x))
print("reassigning x")
x = g("b")
print("reassigned, now", next(x))
x = None
print("x is None")

gens = [g("c"), g("d"), g("e")]
for gg in gens:
    next(gg)
del gg
print("clearing list")
gens.clear()
print("cleared")

d = {"k": g("f")}
next(d["k"])
print("popping")
d.pop("k")
print("popped")
