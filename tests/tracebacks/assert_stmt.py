def f(x):
    assert x > 0, "x must be positive"
f(-1)
