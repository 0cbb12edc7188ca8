def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls

@add_method
class A:
    pass
print(A().extra())

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)

class Validate:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __call__(self, fn):
        def w(x):
            if not self.lo <= x <= self.hi:
                raise ValueError("out of range: %r" % (x,))
            return fn(x)
        return w

@Validate(0, 10)
def half(x):
    return x / 2
print(half(4))
try:
    half(11)
except ValueError as e:
    print(e)

class Meth:
    def __init__(self):
        self.log = []
    def logged(fn):
        def w(self, *a):
            self.log.append(fn.__name__)
            return fn(self, *a)
        return w
    @logged
    def a(self):
        return 1
    @logged
    def b(self, x):
        return x
m = Meth()
m.a(); m.b(5); m.a()
print(m.log)
