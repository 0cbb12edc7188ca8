class X:
    def __lt__(self, o):
        raise TypeError("no order")
def f(a, b):
    return a < b and True
f(X(), 1)
