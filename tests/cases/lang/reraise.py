def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    handler()
except ValueError as e:
    print("outer got", repr(e))

def reraise_other():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    raise saved

try:
    reraise_other()
except KeyError as e:
    print("saved re-raise", repr(e))

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
try:
    nested()
except ValueError as e:
    print("nested re-raise keeps", repr(e))

import sys
def info():
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, repr(v), tb is not None)
    print(sys.exc_info())
info()

try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e))
print("now uncaught:")
try:
    raise LookupError("fine")
except LookupError:
    raise
