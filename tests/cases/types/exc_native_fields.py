for args in [(), ("m",), (2, "x"), (2, "x", "f"), (2, "x", "f", None, "g"), (2, "x", None), (1, 2, 3, 4, 5, 6), (99, "odd")]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
print([type(OSError(n, "m")).__name__ for n in (1, 3, 4, 10, 11, 32, 103, 104, 110, 111, 114, 115)])
class MyOS(OSError):
    pass
e = MyOS(2, "gone", "p")
print(type(e).__name__, e, isinstance(e, FileNotFoundError))
e = FileExistsError("just text")
print(e.errno, e, e.args)
e.errno = 5
print(e.errno)
u = UnicodeEncodeError("ascii", "a\u20acb\U0001f600", 1, 2, "nope")
print(u, u.object, u.encoding, u.start, u.end, u.reason)
u = UnicodeEncodeError("ascii", "abcd", 1, 3, "nope")
print(u)
u = UnicodeDecodeError("utf-8", bytearray(b"ab\xff"), 2, 3, "bad")
print(u, u.object)
u = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")
print(u, repr(u))
print(UnicodeTranslateError("x\u1234", 1, 2, "nope"))
for bad in [lambda: UnicodeDecodeError("utf-8"), lambda: UnicodeDecodeError(1, b"", 0, 1, "r"), lambda: UnicodeDecodeError("u", "s", 0, 1, "r"), lambda: ValueError(x=1), lambda: UnicodeEncodeError("a", b"x", 0, 1, "r")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
ie = ImportError("no mod", name="m", path="/p")
print(ie, ie.name, ie.path, ie.msg, ImportError().msg)
ae = AttributeError("a", name="n", obj=3)
print(ae.name, ae.obj, NameError("q", name="z").name, AttributeError().name)
se = SyntaxError("bad syntax", ("dir/file.py", 3, 4, "x = ", 3, 5))
print(se, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.msg)
print(SyntaxError("m"), SyntaxError(), SyntaxError("m", ("f", None, None, None)))
class E(Exception):
    def __repr__(self):
        return "R"
print(str(E("x")), repr(E("x")), str(KeyError("k")))
try:
    open("/nonexistent/zzz")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
