import sys

def g():
    try:
        yield 1
    except Exception as e:
        names = []
        tb = e.__traceback__
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("inside:", type(e).__name__, e.args, names)
        raise

def make_exc():
    try:
        raise ValueError("made", 1)
    except ValueError as e:
        return e

exc = make_exc()
it = g()
next(it)
try:
    it.throw(exc)
except ValueError as e:
    print("same object:", e is exc)
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("outside:", names)

it = g()
next(it)
try:
    it.throw(TypeError("fresh"))
except TypeError as e:
    print("fresh tb length >= 1:", e.__traceback__ is not None)
