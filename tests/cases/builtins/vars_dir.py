class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = 2
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        pass
    @property
    def prop(self):
        return 3
t = Thing()
print(vars(t))
t.c = 3
print(vars(t), t.__dict__ is vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print("__init__" in dir(t), "__class__" in dir(t), dir(t) == sorted(dir(t)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_one = 1
    local_two = 2
    return sorted(vars()), dir()
print(f())
class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(Custom()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
