def deco(fn):
    raise TypeError("bad decorator")
@deco
def f():
    pass
