def g():
    try:
        yield "A"  # in outer try
        try:
            yield "B"  # in inner try
        except KeyError as e:
            print("  inner except KeyError", e.args)
            yield "C"  # in inner except
        finally:
            print("  inner finally")
            yield "D"  # in inner finally
        yield "E"  # after inner, still in outer try
    except ValueError as e:
        print("  outer except ValueError", e.args)
        yield "F"  # in outer except
    finally:
        print("  outer finally")
        yield "G"  # in outer finally
    yield "H"

PATHS = {
    "A": [],
    "B": [None],
    "C": [None, KeyError("to C")],
    "D": [None, None],
    "E": [None, None, None],
    "F": [ValueError("to F")],
    "G": [None, None, None, None],
    "H": [None, None, None, None, None],
}

def drive(point, exc):
    it = g()
    got = next(it)
    for step in PATHS[point]:
        got = next(it) if step is None else it.throw(step)
    print("at", got, "throw", type(exc).__name__)
    out = []
    try:
        out.append(it.throw(exc))
        for v in it:
            out.append(v)
    except Exception as e:
        out.append("escaped " + type(e).__name__ + str(e.args))
    print("  ->", out)

for point in "ABCDEFGH":
    drive(point, ValueError(point))
for point in "ABCDEFGH":
    drive(point, KeyError(point))
