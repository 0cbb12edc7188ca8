# or-patterns binding names in different orders
def f(v):
    match v:
        case [x, y] | (y, x, _):
            return ("A", x, y)
        case {"a": a, "b": b} | {"b": a, "c": b}:
            return ("B", a, b)
        case [1, *mid, 9]:
            return ("C", mid)
        case [*_, last] if last > 100:
            return ("D", last)
        case [first, *_, last]:
            return ("E", first, last)
        case str(s) | bytes(s):
            return ("F", s)
        case {"k": [1, {"z": z}], **kw}:
            return ("G", z, kw)
        case (1 | 2 | 3) as small:
            return ("H", small)
        case -1 | -2.5:
            return ("I", v)
        case True | False | None:
            return ("J", v)
    return "nomatch"

for v in [[1, 2], (3, 4, 5), {"a": 1, "b": 2}, {"b": 1, "c": 2}, [1, 2, 3, 9], [5, 6, 7, 200],
          [5, 6, 7, 8], "str", b"by", {"k": [1, {"z": 0}], "q": 1, "r": 2}, 2, -1, -2.5, True, None, 4.5]:
    print(v, f(v))

x = 1
match x:
    case 2:
        pass
    case other:
        print("other", other)

def g():
    for v in range(5):
        match v:
            case 0:
                continue
            case 3:
                break
            case n:
                print("n", n)
    return "done"
print(g())

class P:
    __match_args__ = ["x"]
try:
    match P():
        case P(1):
            pass
except TypeError as e:
    print(e)

class Q:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Q():
        case Q(1, a=1):
            pass
except TypeError as e:
    print(e)
try:
    match Q():
        case Q(x, y):
            print("q", x, y)
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
match 5:
    case int(v):
        print("int self", v)
from collections import deque
match deque([1,2]):
    case [a, b]:
        print("deque seq", a, b)
    case _:
        print("deque not seq")
match "ab":
    case [a, b]:
        print("str is seq?")
    case _:
        print("str not seq")
for src in ["match x:\n case a:\n  pass\n case 1:\n  pass", "match x:\n case _:\n  pass\n case 1:\n  pass",
            "match x:\n case [a, a]:\n  pass", "match x:\n case 1 | a:\n  pass", "match x:\n case {'a': 1, 'a': 2}:\n  pass",
            "match x:\n case a | b:\n  pass", "match x:\n case [*a, *b]:\n  pass", "match x:\n case C(a=1, a=2):\n  pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
class M(dict):
    pass
match M(a=1):
    case {"a": 1}:
        print("dict subclass mapping")
match {"a": None}:
    case {"a": None}:
        print("None value ok")
match {1: "x", 2: "y"}:
    case {1: _, **rest}:
        print(rest)
print(a if False else "end")

# Names bind only when the whole pattern matches; a failed guard keeps them.
def binds(v):
    match v:
        case [p, 0]:
            pass
        case [q, r] if r > 5:
            pass
        case _:
            pass
    return sorted(k for k in locals() if k != "v")
print(binds([1, 0]), binds([1, 2]), binds([1, 9]))

# A match inside a generator, with an exception raised by a guard.
def gen(items):
    for it in items:
        match it:
            case (k, v) if v.bit_length() > 1:
                yield k
            case _:
                yield None
try:
    print(list(gen([("a", 4), ("b", 1), ("c", "x")])))
except AttributeError as e:
    print("AttributeError", e)

class Shape:
    def area(self):
        match self:
            case Sq(side=s):
                return s * s
            case _:
                return 0
class Sq(Shape):
    def __init__(self, side):
        self.side = side
print(Sq(3).area(), Shape().area())
match {"x": 1}:
    case {"x": 1, **__rest}:
        print("private-looking rest", __rest)
