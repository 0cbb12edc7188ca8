def simple(a, b=2):
    x = a + b
    yield x
    yield x * 2

g = simple(1)
print(type(g).__name__)
print(g.__name__, g.__qualname__)
print(g.gi_code.co_name, g.gi_code is simple.__code__)
print("running", g.gi_running)
print("frame none?", g.gi_frame is None)
print("yieldfrom", g.gi_yieldfrom)
print(g.gi_frame.f_locals)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
print("lineno", g.gi_frame.f_lineno - simple.__code__.co_firstlineno)
list(g)
print("frame after finish", g.gi_frame)
print("yieldfrom after", g.gi_yieldfrom)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
