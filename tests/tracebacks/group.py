def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except* ValueError:
        x = [][0]
g()
