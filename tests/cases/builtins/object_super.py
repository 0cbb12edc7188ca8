o = object()
print(type(o).__name__, o == o, o != object(), bool(o), isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return "A"
    def __init__(self):
        self.init = ["A"]
class B(A):
    def who(self):
        return "B>" + super().who()
    def __init__(self):
        super().__init__()
        self.init.append("B")
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
c = C()
print(c.who(), c.init, super(C, c).who(), super(B, c).who())
print(type(super(C, c)).__name__)
sentinel = object()
print(sentinel is sentinel, sentinel is object())
try:
    super(int, "s")
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def method(self):
        def inner():
            return super(D, self).__repr__ is not None
        return inner()
print(D().method())
class StrSub(str):
    def upper(self):
        return "custom:" + super().upper()
print(StrSub("abc").upper(), len(StrSub("abc")), StrSub("x") + "y")
class ListSub(list):
    def append(self, v):
        super().append(v * 2)
l = ListSub([1])
l.append(5)
print(l, type(l).__name__, isinstance(l, list))
class DictSub(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
print(DictSub(a=1)["a"], DictSub()["zz"])
class IntSub(int):
    pass
print(IntSub(5) + 1, type(IntSub(5) + 1).__name__, repr(IntSub(7)))
