# Method calls on values of builtin types from shared call sites (the LOAD_METHOD
# cache for builtin types), subclasses overriding methods, and static __new__.
# One call site seeing values of many types.
items = [[1, 2, 1], (1, 1, 3), "a1b1", b"x1", {1: 2}, {1, 2}, frozenset([1]), 7, 2.5, 2**80, bytearray(b"11"), True]
for x in items:
    for name in ("count", "index", "get", "copy", "__len__", "bit_length", "hex", "upper", "__new__"):
        try:
            m = getattr(x, name)
        except AttributeError as e:
            print(type(x).__name__, name, "AttributeError", e)
            continue
        print(type(x).__name__, name, callable(m))
def calls(x):
    out = []
    try:
        out.append(x.count(1) if not isinstance(x, (str, bytes, bytearray)) else x.count("1" if isinstance(x, str) else b"1"))
    except AttributeError as e:
        out.append(str(e))
    try:
        out.append(x.__len__())
    except (AttributeError, TypeError) as e:
        out.append(str(e))
    try:
        out.append(x.bit_length())
    except AttributeError as e:
        out.append(str(e))
    return out
for r in range(2):
    for x in items:
        print(type(x).__name__, calls(x))
print("a".__new__(str, "q"), (1).__new__(int, "5"), [].__class__.__new__(list) == [])
class L(list):
    def count(self, v):
        return "mine"
for x in [[1], L([1]), [1]]:
    print(x.count(1))
try:
    str.upper = None
except TypeError as e:
    print(e)
print("abc".upper(), [3, 1].index(1), {1: 2}.get(1), {1: 2}.get(5, "d"))
