class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
    def add(self, v):
        self.shared.append(v)
    def bump(self):
        self.count += 1

a = C("a"); b = C("b")
a.add(1); b.add(2)
print(a.shared, b.shared, C.shared, a.shared is C.shared)
a.bump(); a.bump()
print(a.count, b.count, C.count)
print("count" in vars(a), "count" in vars(b))
C.count = 100
print(a.count, b.count)
del a.count
print(a.count)
a.shared = ["own"]
print(a.shared, b.shared)
print(sorted(vars(a)))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
C.new_attr = "late"
print(a.new_attr)
def method(self):
    return "dyn " + self.name
C.dyn = method
print(b.dyn())
a.func = lambda: "instance func"
print(a.func())
try:
    b.func()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(C, "name", "no class attr name"))
class D(C):
    count = -1
print(D("d").count, D.shared is C.shared)
