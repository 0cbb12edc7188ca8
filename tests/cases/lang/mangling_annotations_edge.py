class A:
    __cls_attr = 1
    x: int = 5
    y: "list[str]"
    def __init__(self, __p=2, *, __k=3):
        self.__p = __p
        self.__k = __k
    def get(self):
        return self.__p, self.__k, A.__cls_attr
    def f(self, a: int, /, b: str, *c: float, d: bool, **e: dict) -> None:
        pass
    @staticmethod
    def glob():
        global __g
        __g = "global"
        return __g
    class __Inner:
        pass
    def inner_name(self):
        return self.__Inner.__name__

a = A()
print(a.get(), sorted(k for k in vars(A) if "__" in k and not k.endswith("__")))
print(A.__annotations__)
print(A.f.__annotations__)
print(A.__init__.__kwdefaults__, A.__init__.__code__.co_varnames)
print(A.glob(), "_A__g" in globals(), "__g" in globals())
print(a.inner_name())
try:
    A(__k=1)
except TypeError as e:
    print("TypeError", e)

def outer():
    z: int = 1
    w: str
    return z
print(outer(), outer.__annotations__)

class B:
    if True:
        q: int
    for _ in range(1):
        r: str = "s"
print(B.__annotations__, B.r)
obj = type("O", (), {})()
obj.attr: int = 3
print(obj.attr)
lst = [0]
lst[0]: int = 7
print(lst, __annotations__)
def ann_err():
    try:
        nothere: undefined_name = 1
        return nothere
    except NameError as e:
        return e
print(ann_err())
try:
    modlevel: undefined_thing = 1
except NameError as e:
    print("NameError", e)
f2 = lambda: None
f2.__annotations__ = {"x": int}
print(f2.__annotations__)
for bad in ("__defaults__", "__kwdefaults__", "__annotations__", "__qualname__"):
    try:
        setattr(f2, bad, 5)
    except TypeError as e:
        print("TypeError", e)
f2.__defaults__ = (1,)
print(f2.__defaults__)
f2.__defaults__ = None
print(f2.__defaults__)
