# list[i] = v in a loop: negative and out-of-range indexes, bools and big ints as
# indexes, and an overwritten generator closed at the moment of the store.
xs = [0] * 5
for i in range(-5, 5):
    xs[i] += i
print(xs)
xs[True] = "t"
print(xs)
try:
    xs[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs[-6] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs[2**70] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs["a"] = 1
except TypeError as e:
    print("TypeError:", e)

def gen(tag):
    try:
        yield tag
    finally:
        print("closed", tag)

holder = [None]
for k in range(3):
    g = gen(k)
    next(g)
    holder[0] = g
    del g
    print("stored", k)
holder[0] = None
print("end")
