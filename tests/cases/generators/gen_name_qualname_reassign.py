def original():
    yield 1

g = original()
print(g.__name__, g.__qualname__)
g.__name__ = "new_name"
g.__qualname__ = "Some.new_qualname"
print(g.__name__, g.__qualname__)
print("code name unchanged:", g.gi_code.co_name)
print("function unchanged:", original.__name__, original.__qualname__)
print("new generator unaffected:", original().__name__)
print(repr(g).split(" at ")[0])
print(next(g))

for attr in ("__name__", "__qualname__"):
    for bad in (5, None, b"bytes"):
        try:
            setattr(g, attr, bad)
        except TypeError as e:
            print(attr, type(bad).__name__, "->", type(e).__name__, e)
    try:
        delattr(g, attr)
    except TypeError as e:
        print("del", attr, "->", type(e).__name__, e)

original.__name__ = "renamed_func"
original.__qualname__ = "Q.renamed_func"
h = original()
print(h.__name__, h.__qualname__, h.gi_code.co_name)


ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
ge.__name__ = "renamed_genexpr"
print(ge.__name__)
try:
    g.nonexistent = 1
except AttributeError as e:
    print(type(e).__name__, e)
