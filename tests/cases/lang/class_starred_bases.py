bases = (int,)
class C(*bases):
    pass
print(C.__mro__)
kw = {"metaclass": type}
class D(**kw):
    pass
print(type(D))
class Meta(type):
    def __new__(m, name, bases, ns, **k):
        print("meta kw", k)
        return super().__new__(m, name, bases, ns)
opts = {"flag": 1}
class E(*(), metaclass=Meta, **opts):
    pass
class F(object, *[], **{}):
    pass
print(F.__bases__)
