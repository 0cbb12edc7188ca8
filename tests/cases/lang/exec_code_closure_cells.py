def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
try:
    exec(f.__code__)
except TypeError as e:
    print("TypeError", e)
def mk():
    y = 5
    class C:
        def m(self): return y
        z = y + 1
    return C
print(mk().z, mk()().m())

def g():
    a = 1
    def h(): return a
    yield a
    yield h()
print(list(g())[1])
