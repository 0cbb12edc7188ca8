def g(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError as e:
            yield ("error", str(e))
            continue
        except TypeError as e:
            yield ("type", type(e).__name__)
        else:
            yield "ok"
        finally:
            yield "finally"

print(list(g([2, 0, "x"])))

def rethrow():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "handling"
        raise

it = rethrow()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("re-raised after resume:", e)

def except_star_like():
    for exc in (ValueError, KeyError, IndexError):
        try:
            raise exc("e")
        except (ValueError, KeyError) as e:
            yield "caught " + type(e).__name__
        except LookupError as e:
            yield "lookup " + type(e).__name__

print(list(except_star_like()))
