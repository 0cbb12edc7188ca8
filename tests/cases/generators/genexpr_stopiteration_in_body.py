def boom(x):
    if x == 2:
        raise StopIteration("from body")
    return x

try:
    print(list(boom(x) for x in range(4)))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

try:
    print([boom(x) for x in range(4)])
except StopIteration as e:
    print("list comprehension leaks", type(e).__name__, e)

it = iter([1])
g = (next(it) for _ in range(3))
try:
    print(list(g))
except RuntimeError as e:
    print(type(e).__name__, e)

src = iter(range(3))
g = (x for x in src)
print(list(g), list(src))

def gen_in_genexpr(n):
    yield from range(n)
    raise StopIteration

g = (y for y in gen_in_genexpr(2))
try:
    print(list(g))
except RuntimeError as e:
    print("nested:", type(e).__name__, e)

g = (x for x in range(3) if boom(x) or True)
try:
    print(list(g))
except RuntimeError as e:
    print("condition:", type(e).__name__, e)
