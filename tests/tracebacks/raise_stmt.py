def f():
    raise RuntimeError("plain raise")
f()
