class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.tagged = True
        return inst

class Base(metaclass=Meta, flavor="x"):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
    def method(self):
        return self.v

class Child(Base):
    extra = 1

b = Child(5)
print(b.v, b.tagged, Child.created_by)
print(type(Child).__name__, type(b).__name__, isinstance(Child, Meta))

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)

class SingletonMeta(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=SingletonMeta):
    def __init__(self, n):
        self.n = n
print(One(1) is One(2), One(3).n)

Dyn = Meta("Dyn", (), {"a": 1})
print(Dyn.a, Dyn.created_by)
print(type(type).__name__, type(int).__name__)
