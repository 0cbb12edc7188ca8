cases = [Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None),
         ValueError("bad value"), KeyError("key"), KeyError(), KeyError(1, 2), IndexError(3),
         TypeError("t", 1), AttributeError("attr"), ZeroDivisionError(), RuntimeError(""),
         Exception(["list"]), Exception(("tup",)), OSError("x"), NameError("n")]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("first")
e.args = ("changed", 2)
print(e, repr(e))
e2 = Exception("m")
e2.note = "extra attr"
print(e2.note)
try:
    raise ValueError("with", "args")
except ValueError as caught:
    print(caught.args[1], len(caught.args))
print(str(KeyError("a b")), str(KeyError("")), str(KeyError()))
print(repr(Exception("it's")), repr(Exception('say "x"')))
print(Exception("a") == Exception("a"))
print(isinstance(Exception(), BaseException), BaseException("b"))
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason)
