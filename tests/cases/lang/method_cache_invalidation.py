# Method calls through the per-site cache must see every change: instance attributes
# shadowing a method, methods replaced on the class or a base, __class__ reassigned,
# and methods deleted.

class Base:
    def greet(self):
        return "base"

class A(Base):
    def hello(self):
        return "A.hello"

class B(Base):
    def hello(self):
        return "B.hello"

def call_hello(o):
    return o.hello()

def call_greet(o):
    return o.greet()

a = A()
out = []
for i in range(6):
    if i == 2:
        a.hello = lambda: "shadow"
    if i == 3:
        del a.hello
    if i == 4:
        A.hello = lambda self: "replaced"
    if i == 5:
        a.__class__ = B
    out.append(call_hello(a))
print(out)

objs = [A(), B(), A()]
print([call_greet(o) for o in objs])
Base.greet = lambda self: "new base"
print([call_greet(o) for o in objs])
A.greet = lambda self: "A override"
print([call_greet(o) for o in objs])
del A.greet
print([call_greet(o) for o in objs])

x = A()
x.extra = 1
print(call_hello(x))
x.__dict__["hello"] = lambda: "via __dict__"
print(call_hello(x))
x.__dict__.clear()
print(call_hello(x))

del Base.greet
try:
    call_greet(A())
except AttributeError as e:
    print("AttributeError:", e)
