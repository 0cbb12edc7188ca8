def documented(a, b: int = 2, *args, c: str = "x", **kw) -> bool:
    """This is the docstring.

    Second paragraph."""
    return True

print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__.splitlines()[0])
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_varnames[:4])
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
documented.custom = "custom attr"
print(documented.custom, "custom" in documented.__dict__)
class K:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(K.method.__qualname__, K().method().__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__)
try:
    renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
x: int = 5
y: "str"
print(__annotations__)
