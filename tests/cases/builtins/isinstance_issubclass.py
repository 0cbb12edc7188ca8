class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance(None, type(None)), isinstance([], (list, tuple)))
print(isinstance(int, type), isinstance(A, type), isinstance(b, object), isinstance(object, object))
print(isinstance(3, (str, (list, (int,)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(A, A), issubclass(type, object), issubclass(object, type), issubclass(B, ()))
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError(), LookupError), issubclass(KeyError, (TypeError, Exception)))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
