def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n

results = []
for n in [2, 0, 5]:
    try:
        results.append(risky(n))
    except ValueError as e:
        results.append("error: " + str(e))
print(results)

try:
    try:
        raise KeyError("a")
    except KeyError as e:
        print("handling", repr(e))
        int("x")
except ValueError as e2:
    print("new error", repr(e2), "context", repr(e2.__context__))

def finally_replaces():
    try:
        raise TypeError("lost")
    finally:
        try:
            raise OSError("replacement")
        except OSError as e:
            return repr(e), repr(e.__context__)
print(finally_replaces())

def multi_except(x):
    try:
        return [1][x]
    except (IndexError, TypeError) as e:
        return type(e).__name__
print(multi_except(5), multi_except("a"), multi_except(0))

class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("sub")
except E2 as e:
    print("specific first", e)
except E1:
    print("never")
try:
    raise E2("x")
except (E1, E2) as e:
    print("tuple catch", type(e).__name__)
err = None
try:
    raise ValueError("kept")
except ValueError as e:
    err = e
print(repr(err), err.__traceback__ is not None)
