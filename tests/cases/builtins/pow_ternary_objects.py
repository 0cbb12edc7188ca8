class N:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b):
        return ("rpow", b)
print(pow(N(), 2, 5), pow(N(), 2), pow(3, N()), 2 ** N())
for f in (lambda: pow(1.5, 2, 5), lambda: pow(object(), 2, 5), lambda: pow(2, N(), 5),
          lambda: pow(2, 3, 1.5), lambda: pow(2, 3, 5), lambda: pow(2, -1, 5), lambda: pow("a", 2, 3)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
