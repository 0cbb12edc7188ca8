def g():
    try:
        yield 1
    except KeyError as e:
        print("inner caught", repr(e.__context__))
        raise ValueError("v")

def d():
    try:
        raise TypeError("t")
    except TypeError:
        yield from g()

x = d(); next(x)
try:
    raise OSError("o")
except OSError:
    try:
        x.throw(KeyError("k"))
    except ValueError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
