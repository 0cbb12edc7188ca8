class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return "%s: %s" % (self.field, self.msg)

class NoSuper(Exception):
    def __init__(self, code):
        self.code = code

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field)
    print(repr(e))

try:
    raise NoSuper(42)
except NoSuper as e:
    print(e.code, e.args, repr(str(e)), repr(e))

try:
    raise WithRepr("x")
except Exception as e:
    print(repr(e), str(e))

class Base(Exception):
    def describe(self):
        return "I am " + type(self).__name__
class Derived(Base):
    pass
for cls in (Base, Derived):
    try:
        raise cls("payload")
    except Base as e:
        print(e.describe(), e)

def classify(exc):
    try:
        raise exc
    except ValidationError:
        return "validation"
    except AppError:
        return "app"
    except Exception:
        return "other"
print(classify(ValidationError("f", "m")), classify(AppError()), classify(KeyError()))

class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as e:
    print("caught as AttributeError", repr(e), str(e))
print([c.__name__ for c in Multi.__mro__])
class CustomInit(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a * b)
print(CustomInit(3), CustomInit(3, b=5).args)
raise ValidationError("name", "required")
