counter = 0
items = []

def increment():
    global counter
    counter += 1

def mutate():
    items.append(len(items))

for _ in range(3):
    increment()
    mutate()
print(counter, items)

print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
g = globals()
g["injected"] = "via globals()"
print(injected)

def local_view():
    a = 1
    b = 2
    return sorted(locals().items())
print(local_view())

def shadow_builtin():
    len = lambda x: -1
    return len("abc")
print(shadow_builtin(), len("abc"))

print = print
def uses_print():
    print("module-level print alias works")
uses_print()

def define_later():
    return later_value
later_value = "defined after function"
print(define_later())

if True:
    block_var = "blocks do not create scope"
print(block_var)
for loop_var in range(3):
    pass
print(loop_var)
class C:
    class_var = counter * 10
    def m(self):
        return counter
print(C.class_var, C().m())
try:
    C.m2 = lambda self: class_var
    C().m2()
except NameError as e:
    print(type(e).__name__, e)
