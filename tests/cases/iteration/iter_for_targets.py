pairs = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in pairs:
    print(a, b, c)
box = [None]
for box[0] in "ab":
    print("box", box)
class O:
    pass
o = O()
for o.attr in range(2):
    pass
print("attr", o.attr)
d = {}
for d["k"] in [1, 2, 3]:
    pass
print(d)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for i in range(3):
    pass
print("leaked i", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
for x in range(3):
    x = x * 100
    print(x, end=" ")
print()
for _ in range(2):
    for _ in "xy":
        pass
print(_)
