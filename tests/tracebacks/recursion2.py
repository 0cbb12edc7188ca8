def a(n):
    if n == 0:
        raise KeyError("bottom")
    return a(n - 1)
a(5)
