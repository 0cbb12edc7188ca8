x = "global x"
class C:
    x = "class x"
    y = x + " (read in class body)"
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y)
print(C().method())
print(C.z, C.w)
def outer():
    v = "enclosing v"
    class Inner:
        v2 = v
        def m(self):
            return v
    return Inner
I = outer()
print(I.v2, I().m())
def outer2():
    name = "func local"
    class K:
        name = "class attr"
        def get(self):
            return name
    return K().get(), K.name
print(outer2())
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return Counter.count
c = Counter()
c.inc(); c.inc()
print(Counter.count, c.count)
class Self:
    def who(self):
        try:
            return Self.__name__
        except NameError as e:
            return str(e)
print(Self().who())
class Later:
    try:
        ref = Later
    except NameError as e:
        err = str(e)
print(Later.err)
