def f():
    try:
        {}["k"]
    except KeyError:
        1 / 0
def g():
    try:
        f()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
g()
