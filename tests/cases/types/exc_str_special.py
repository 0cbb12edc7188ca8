print(str(KeyError("k")), str(KeyError(1)), str(KeyError("a", "b")), repr(KeyError("k")))
print(str(OSError(2, "No such file")), str(OSError(2, "No such file", "f.txt")), str(OSError("just msg")))
print(str(OSError(2, "No such file", "a", None, "b")))
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, e.filename)
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__)
print(str(SystemExit(3)), repr(SystemExit(3)), str(StopIteration(42)), repr(StopIteration()))
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
print(str(AttributeError("x")), repr(NameError("n")), str(ZeroDivisionError("division by zero")))
print(str(Exception("a\nb")), repr(Exception("a\nb")), str(Exception(b"bytes")))
print(str(BaseException()), repr(BaseException()), str(ValueError(())), str(ValueError([])))
class MyErr(Exception):
    pass
print(repr(MyErr("m")), str(MyErr(1, 2)), MyErr.__name__, MyErr.__module__)
