print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\U0001F600"), ascii(["é", 1]), ascii({"k": "ü"}))
print(ascii(1), ascii(None), ascii(b"\xff"), ascii("\n\t"), ascii("'"))
print(repr("é"), repr("日本"), str("é"), repr(b"\xe9"))
class Both:
    def __repr__(self):
        return "Both(é)"
print(ascii(Both()), repr(Both()), str(Both()))
print(repr(1.0), repr(1e100), repr(-0.0), repr(10 ** 20), repr(True), repr(...), repr(NotImplemented))
print(str(1.0), str(...), str(Ellipsis), repr(type(...)), repr(int), repr(ValueError))
print(repr(range(3)), repr(slice(2)), repr(frozenset()), repr(set()), repr({}), repr(()), repr([]), repr(""))
print(repr(b""), repr(bytearray()), repr(1 + 2j), repr(complex(0, -1)), repr(complex(1, 0)))
print(repr(str), repr(len), repr(print))
