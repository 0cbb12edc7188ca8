# Metaclass and class-creation edge cases
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = kw
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class A(metaclass=Meta, tag=1):
    x = 1
print(A.from_prepare, A.inited, A.hello(), A.upper_name, type(A).__name__)
class B(A):
    pass
print(type(B) is Meta, B.inited, B.hello())
try:
    B().hello()
except AttributeError as e:
    print("AttributeError", e)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError", e)

# function as metaclass
def fmeta(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
class F(int, metaclass=fmeta, q=1):
    y = 2
print(F)

# __init_subclass__ chain with kwargs and super
class Base:
    subclasses = []
    def __init_subclass__(cls, /, flavor="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
        Base.subclasses.append(cls.__name__)
class C1(Base): pass
class C2(Base, flavor="spicy"): pass
print(Base.subclasses, C1.flavor, C2.flavor)
try:
    class C3(Base, nope=1): pass
except TypeError as e:
    print("TypeError", e)

# __set_name__ and descriptors
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 5
print(m.a, m.b, Model.a.name, Model.a.owner, vars(m))
class ReadOnly:
    def __get__(self, obj, t=None): return 42
    def __delete__(self, obj): print("delete called")
class Holder:
    r = ReadOnly()
h = Holder()
try:
    h.r = 1
except AttributeError as e:
    print("AttributeError", e)
del h.r
print(h.r)

# super() forms
class P:
    def who(self): return "P"
    @classmethod
    def cm(cls): return "P.cm " + cls.__name__
    @staticmethod
    def sm(): return "P.sm"
    @property
    def prop(self): return "P.prop"
class Q(P):
    def who(self): return "Q>" + super().who()
    @classmethod
    def cm(cls): return "Q>" + super().cm()
    def others(self):
        return super().sm(), super().prop, super(Q, self).who(), super(Q, Q).who(self)
print(Q().who(), Q.cm(), Q().others())
print(super(Q, Q).prop is P.__dict__["prop"])
s = super(Q, Q())
print(s.__self_class__ if hasattr(s, "__self_class__") else "n/a", s.__thisclass__)

# type() three-arg and attributes
T = type("T", (P,), {"z": 3, "__qualname__": "Outer.T", "__module__": "mymod"})
print(T, T.__name__, T.__qualname__, T.__module__, T().z, T().who(), T.__bases__)
T.__name__ = "T2"
print(T.__name__, repr(T))
try:
    T.__name__ = 5
except TypeError as e:
    print("TypeError", e)
# __class__ assignment
class K1:
    def f(self): return "K1"
class K2:
    def f(self): return "K2"
k = K1()
k.__class__ = K2
print(k.f(), type(k).__name__)
# class attribute lookup via instance and metaclass data descriptor
print(A.x, A().x, hasattr(A(), "hello"))
# __call__ on metaclass with super and __new__ returning other
class Single(type):
    _inst = None
    def __call__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__call__(*a, **k)
        return cls._inst
class S(metaclass=Single):
    def __init__(self, v): self.v = v
print(S(1).v, S(2).v, S(1) is S(3))
class NewOther:
    def __new__(cls, *a):
        return [a]
    def __init__(self, *a):
        raise RuntimeError("not called")
print(NewOther(1, 2))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
