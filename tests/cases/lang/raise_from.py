class AppError(Exception):
    pass

def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("load failed") from e

try:
    load()
except AppError as e:
    print(repr(e))
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise RuntimeError("x") from KeyError("y")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

err = ValueError("manual")
print(err.__cause__, err.__context__, err.__suppress_context__)
err.__cause__ = KeyError("set")
print(repr(err.__cause__), err.__suppress_context__)

def chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    chain()
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

try:
    raise 42
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
