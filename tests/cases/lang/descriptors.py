class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor on class " + objtype.__name__
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int, got %s" % (self.name[1:], type(value).__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Model:
    a = Typed()
    b = Typed()

m = Model()
print(m.a, Model.a)
m.a = 5
print(m.a, vars(m))
try:
    m.b = "x"
except TypeError as e:
    print(e)
del m.a
print(m.a)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "instance dict wins"
print(h.attr)

class DataWins:
    def __get__(self, obj, t=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class H2:
    attr = DataWins()
h2 = H2()
h2.__dict__["attr"] = "shadow"
print(h2.attr)

class Method:
    def f(self):
        return self
mm = Method()
print(Method.f.__get__(mm)() is mm, Method.__dict__["f"].__get__(None, Method) is Method.__dict__["f"])
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        val = self.fn(obj)
        setattr(obj, self.fn.__name__, val)
        return val
class Calc:
    @Lazy
    def expensive(self):
        print("computing once")
        return 42
c = Calc()
print(c.expensive, c.expensive, type(Calc.expensive).__name__)
