def loops(items):
    for x in items:
        if x < 0:
            break
        yield ("for", x)
    else:
        yield "for-else"
    n = 0
    while n < 2:
        yield ("while", n)
        n += 1
    else:
        yield "while-else"

print(list(loops([1, 2])))
print(list(loops([1, -1, 2])))

def try_else(fail):
    try:
        yield "try"
        if fail:
            raise ValueError
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"

print(list(try_else(False)))
print(list(try_else(True)))

g = try_else(False)
print(next(g), next(g))
print("throw in else ->", g.throw(KeyError("in else")))
try:
    next(g)
except KeyError as e:
    print("escaped from else:", e)

def with_in_loop():
    class CM:
        def __enter__(self):
            return "cm"
        def __exit__(self, *a):
            print("  exit")
    for i in range(2):
        with CM() as c:
            yield (c, i)
            if i == 1:
                continue
        yield "after with"

print(list(with_in_loop()))
