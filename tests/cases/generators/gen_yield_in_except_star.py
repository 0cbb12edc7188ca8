def g():
    try:
        raise ExceptionGroup("grp", [ValueError("v1"), KeyError("k1"), ValueError("v2")])
    except* ValueError as eg:
        yield ("values", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        yield ("keys", [repr(e) for e in eg.exceptions])
    yield "after"

print(list(g()))

def h():
    try:
        raise ExceptionGroup("grp", [TypeError("t")])
    except* TypeError:
        yield "in except*"
        print("resumed in except*")
    yield "end"

it = h()
print(next(it))
print(next(it))
it = h()
next(it)
print("close ->", it.close())

def k():
    try:
        yield "waiting"
    except* OSError as eg:
        yield ("caught thrown", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])

it = k()
next(it)
print(it.throw(FileNotFoundError("missing")))

it = k()
next(it)
try:
    it.throw(ValueError("not matched"))
except ValueError as e:
    print("unmatched:", type(e).__name__, e)
