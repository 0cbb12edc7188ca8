def a(n):
    if n == 0:
        return {}["x"]
    return a(n - 1)
a(3)
