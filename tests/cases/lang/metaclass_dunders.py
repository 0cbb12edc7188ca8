class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __str__(cls):
        return f"str:{cls.__name__}"
    def __bool__(cls):
        return False
    def __eq__(cls, other):
        return True
    def __hash__(cls):
        return 7
    def __or__(cls, other):
        return ("or", cls.__name__)
    def __add__(cls, other):
        return ("add", cls.__name__, other)
    def __setitem__(cls, k, v):
        print("setitem", k, v)
    def __delitem__(cls, k):
        print("delitem", k)
    def __iter__(cls):
        return iter("ab")
    def __format__(cls, spec):
        return "fmt:" + spec
class A(metaclass=Meta):
    pass
print(repr(A), str(A), f"{A}", A, [A])
print(bool(A), A == 5, hash(A), A | int, A + 1)
A["k"] = 1
del A["k"]
print(list(A), f"{A:xy}", "yes" if A else "no")
print(type(A) is Meta, isinstance(A, Meta), A.__class__)
class Plain:
    pass
for f in (lambda: len(Plain), lambda: Plain[0], lambda: Plain.__setitem__, lambda: 1 in Plain,
          lambda: Plain < Plain, lambda: Plain + 1):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("cgi", item)
print(Both[1])
class GMeta(type):
    def __getitem__(cls, item):
        return ("meta", item)
class G(metaclass=GMeta):
    def __class_getitem__(cls, item):
        return ("cgi", item)
print(G[1], Plain == Plain, Plain != G, hash(Plain) == hash(Plain), {G: 1}[G])
class LMeta(type):
    def __len__(cls):
        return -1
class L(metaclass=LMeta):
    pass
try:
    len(L)
except ValueError as e:
    print(e)
class Sl:
    __slots__ = ("a", "b")
print(Sl.a.__name__, Sl.b.__objclass__ is Sl, type(Sl.a).__name__)
