pairs = [
    (Exception, BaseException), (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (KeyError, LookupError),
    (IndexError, LookupError), (FileNotFoundError, OSError), (PermissionError, OSError),
    (IsADirectoryError, OSError), (FileExistsError, OSError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, Exception), (SystemExit, BaseException),
    (GeneratorExit, Exception), (GeneratorExit, BaseException), (StopIteration, Exception),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError),
    (TypeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
    (IOError, OSError), (EnvironmentError, OSError), (TimeoutError, OSError), (StopAsyncIteration, Exception),
    (FloatingPointError, ArithmeticError), (IndentationError, SyntaxError), (TabError, IndentationError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__])
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
e = OSError(2, "No such file or directory", "somefile")
print(type(e).__name__, e.errno, e.strerror, e.filename, e)
print(OSError(13, "x").__class__.__name__, OSError("plain").errno)
