def f(d):
    return d["missing"] + 1
def g(x):
    y = [f(x)]
    return y
g({})
