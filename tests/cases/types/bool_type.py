print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(repr(True), str(False), type(True).__name__)
print(isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, True is True, hash(True) == hash(1))
print(int(True), float(False), bool(2), bool(-1), bool(0.0), bool(""), bool("False"))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(sum([True, True, False, True]))
d = {1: "one", True: "true"}
print(d)
print({True, 1, 1.0})
print(True > False, max(False, True), sorted([True, False, True]))
print(bool(), bool(None), bool([]), bool([[]]))
print(f"{True:d} {True:>6} {False!r}")
print("%d %s %r" % (True, True, False))
print(True and "x", False or "y", not True)
print(["a", "b"][True], (10, 20)[False])
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(True.__class__.__mro__)
print(1 if True is not False else 0, True << 3, True ** 10)
