import sys
import warnings
warnings.simplefilter("ignore")

def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", type(e).__name__, e.args)
        except KeyError as e:
            print("caught KeyError", e.args, e.__traceback__ is not None)

it = g()
next(it)
print(it.throw(ValueError("instance")))
print(it.throw(ValueError))
print(it.throw(ValueError, "value arg"))
print(it.throw(ValueError, ("tuple", "args")))
print(it.throw(ValueError, None))
try:
    raise KeyError("k")
except KeyError:
    tb = sys.exc_info()[2]
print(it.throw(KeyError, KeyError("with tb"), tb))
print(it.throw(KeyError, "kv", None))
it.close()
