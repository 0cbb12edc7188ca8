# The empty tuple is one shared object, as in CPython; tuple(t) of a tuple is t.
empty = ()
def make():
    return tuple()
print(empty is make(), make() is tuple([]), tuple(x for x in []) is empty)
t = (1, 2, 3)
print(tuple(t) is t, t[0:0] is empty, t[5:] is empty, (t * 0) is empty)
print(ValueError().args is empty, StopIteration().args is empty)
print(KeyError("k").args, ValueError("m", 2).args)

class T(tuple):
    pass

s = T()
print(type(s).__name__, s == empty, s is empty, T(t), T(t) is t)
print(len(empty), hash(empty) == hash(()), empty == tuple())
