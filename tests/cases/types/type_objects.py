class Outer:
    class Inner:
        pass
print(Outer.__name__, Outer.Inner.__qualname__, Outer.__module__, int.__module__)
print(int.__name__, type.__name__, object.__name__, type(None).__name__, type(print).__name__)
print(Outer.__bases__, object.__bases__, bool.__bases__, type.__bases__)
print(isinstance(Outer, type), type(Outer) is type, Outer.__class__ is type, Outer.__dict__["Inner"] is Outer.Inner)
print(int.__mro__, Exception.__mro__)
print(str(Outer).endswith("Outer'>"), repr(int), repr(type), repr(object))
print(hasattr(Outer, "__dict__"), "__init__" in dir(Outer), Outer.__doc__)
class Doc:
    """Class doc."""
print(Doc.__doc__, Doc().__doc__)
print(type(1).__name__, (1).__class__.__name__, type(int).__name__, type(type).__name__)
print(int("5") == int.__call__("5"), list.__name__, list().__class__ is list)
print(issubclass(Outer, object), Outer.__subclasses__(), len(bool.__subclasses__()))
class A: pass
class B(A): pass
class C(A): pass
print([k.__name__ for k in A.__subclasses__()])
print(callable(int), callable(Outer), callable(Outer()))
