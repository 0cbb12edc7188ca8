import sys
print(sys.exc_info())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, v.args, tb is not None, type(tb).__name__)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(helper()))
try:
    {}["x"]
except Exception as e:
    print(sys.exc_info()[1] is e)
print(sys.exc_info() == (None, None, None))
