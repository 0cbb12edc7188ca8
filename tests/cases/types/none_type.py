x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None, bool(x))
def f():
    pass
print(f() is None)
print(None == 0, None == False, None == "")
print([None, None].count(None))
print({None: "key"}[None])
print(hash(None) == hash(None))
try:
    None < 1
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    x.attr
except AttributeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    for i in None:
        pass
except TypeError as e:
    print(e)
try:
    n = None
    n[0]
except TypeError as e:
    print(e)
print(type(None)() is None)
print(sorted([3, 1, 2], key=None))
