x = 1
def read_global():
    return x
def write_global():
    global x
    x = 2
print(read_global())
write_global()
print(x)

def create_global():
    global brand_new
    brand_new = "created"
create_global()
print(brand_new)

def shadow():
    x = 100
    return x
print(shadow(), x)

def unbound_local():
    print(x)
    x = 5
try:
    unbound_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))

def outer():
    a = 0
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a += 1
        inner()
    mid(); mid()
    return a
print(outer())

def aug_global():
    global x
    x += 40
aug_global()
print(x)

try:
    print(undefined_name_xyz)
except NameError as e:
    print(type(e).__name__, e)

def loop_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_closure())
print(sorted(k for k in globals() if k in ("x", "brand_new", "outer")))
