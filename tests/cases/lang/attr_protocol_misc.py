import sys
class A:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return "A()"
a = A()
print(getattr(a, "x"), getattr(a, "y", None), hasattr(a, "__dict__"), vars(a))
delattr(a, "x")
try:
    delattr(a, "x")
except AttributeError as e:
    print(e)
try:
    a.missing
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
class Prop:
    @property
    def v(self):
        return 1
    @v.setter
    def v(self, val):
        print("set", val)
    @v.deleter
    def v(self):
        print("deleted")
p = Prop()
p.v = 5
del p.v
print(p.v, Prop.v.__doc__, type(Prop.__dict__["v"]).__name__)
class Meta(type):
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2])
    def __contains__(cls, x):
        return x == "in"
    def __call__(cls, *a):
        return ("called", a)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta[int], len(WithMeta), list(WithMeta), "in" in WithMeta, WithMeta(1, 2))
print(type(WithMeta).__name__, WithMeta.__class__.__name__)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted({Num(3), Num(1), Num(2)}), Num(1) in [Num(1)], [Num(2)].index(Num(2)), max(Num(1), Num(5)))
import functools
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(2))
class Cnt:
    count = 0
    def __init_subclass__(cls, **kw):
        Cnt.count += 1
class S1(Cnt): pass
class S2(S1): pass
print(Cnt.count, S2.__mro__[1].__name__, S2.__base__.__name__, S1.__subclasses__())
print(isinstance(S2(), Cnt), issubclass(S2, (int, Cnt)), callable(S2), callable(S2()))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
print(s.a, Slotted.a.__name__ if hasattr(Slotted.a, "__name__") else "member")
