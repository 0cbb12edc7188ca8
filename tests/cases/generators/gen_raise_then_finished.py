def g():
    yield 1
    raise ValueError("boom")
    yield 2

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("first:", type(e).__name__, e)
print("frame:", it.gi_frame)
for attempt in ("next", "send None", "send value", "close"):
    try:
        if attempt == "next":
            r = next(it)
        elif attempt == "send None":
            r = it.send(None)
        elif attempt == "send value":
            r = it.send(42)
        else:
            r = it.close()
        print(attempt, "->", r)
    except StopIteration as e:
        print(attempt, "-> StopIteration", e.args)
try:
    it.throw(KeyError("after finish"))
except KeyError as e:
    print("throw after finish ->", type(e).__name__, e)
print(list(it))

def raise_in_middle_of_loop():
    for i in range(5):
        if i == 2:
            raise RuntimeError("at 2")
        yield i

out = []
try:
    for v in raise_in_middle_of_loop():
        out.append(v)
except RuntimeError as e:
    print(out, e)

it = raise_in_middle_of_loop()
print(list(zip(range(2), it)))
try:
    next(it)
except RuntimeError as e:
    print("resumed into error:", e)
print(next(it, "exhausted"))
