def g():
    a = 1
    yield a
    b = 2
    yield b

    yield a + b

base = g.__code__.co_firstlineno
it = g()
print("created:", it.gi_frame.f_lineno - base)
for _ in range(3):
    next(it)
    print("suspended:", it.gi_frame.f_lineno - base, sorted(it.gi_frame.f_locals))
try:
    next(it)
except StopIteration:
    print("finished:", it.gi_frame)

def loop():
    for i in range(2):
        yield i
    yield "end"

base = loop.__code__.co_firstlineno
it = loop()
for v in it:
    print(v, it.gi_frame.f_lineno - base, it.gi_frame.f_locals.get("i"))

f = loop().gi_frame
print(f.f_code.co_name, f.f_back)
