b = b"  Hello, World!  "
ba = bytearray(b"abcabc")
print(b.split(), b.rsplit(None, 1), b.split(maxsplit=1), b"a,b,,c".split(b",", 2), b"a,b,,c".rsplit(b",", 2), b"".split(), b"".split(b","))
print(b"abcabc".find(b"c", 3), b"abcabc".rfind(b"c", 0, 4), b"abc".find(99), ba.count(b"bc"), ba.count(b""), b"abc".count(97, 1))
print(b"ab".center(7, b"-"), b"ab".center(6, b"-"), b"abc".center(6), b"-12".zfill(6), b"+x".zfill(4), b"a\tbc\td".expandtabs(4))
print(b"hello world".title(), b"HELLO".capitalize(), b"Hello World".istitle(), b"a1".isalnum(), b"".isalpha(), b"\x80".isascii())
print(b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), ba.replace(b"b", b""))
print(b"a\r\nb\rc\n".splitlines(True), b"x".join([b"1", b"2", b"3"]), bytearray(b"-").join([b"a", b"b"]))
print(ba.upper(), ba.partition(b"z"), ba.rpartition(b"z"), type(ba.strip()).__name__, ba.hex(), ba.hex("|", -4), b"\x01\x02\x03".hex(":", 2))
print(bytearray.fromhex("0a 0b"), bytes.fromhex(" 1f "), b"abc".translate(None), b"abc".translate(bytes(range(256)), b"b"))
for f in [lambda: b"abc".split(b""), lambda: b"abc".find("a"), lambda: b"abc".count(256), lambda: b"abc".center(5, "x"), lambda: b"abc".center(5, b"xy"),
          lambda: b"abc".join(["a"]), lambda: bytes.maketrans(b"a", b"bc"), lambda: b"abc".translate(b"x"), lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("a"),
          lambda: b"x".startswith("x"), lambda: b"x".startswith(("x",)), lambda: bytes(1.5), lambda: bytes(-1), lambda: bytes("x", "ascii", "strict", 1), lambda: bytes(b"x", "utf-8"),
          lambda: bytearray(b"x").pop(5), lambda: bytearray().pop(), lambda: b"abc"[5], lambda: b"" + 1, lambda: bytearray(b"a") + "b", lambda: b"abc".index(b"z"),
          lambda: b"ab".decode("bogus"), lambda: b"a".hex("ab"), lambda: bytearray(b"ab").remove(300), lambda: b"%s" % "x"]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, LookupError, OverflowError) as e:
        print(type(e).__name__, e)
c = bytearray(b"0123456789")
c[::2] = b"abcde"
print(c)
c[1:3] = [120, 121, 122]
print(c)
del c[::3]
print(c)
c[-1] = 65
del c[0]
print(c, len(c))
try:
    c[::2] = b"x"
except ValueError as e:
    print(e)
try:
    c[0:1] = 5
except TypeError as e:
    print(e)
c += bytearray(b"!")
c *= 2
print(c, c * 2, 2 * b"ab", bytes(c) == c, c == bytearray(c), b"ab" < bytearray(b"b"), bytearray(b"a") in [b"a"])
m = memoryview(b"abcdef")
print(m[1], m[1:4].tobytes(), m[::2].tolist(), len(m), m.nbytes, m.readonly, m.format, bytes(m[2:]), m == b"abcdef")
mb = memoryview(bytearray(b"xyz"))
mb[0] = 65
print(mb.obj, mb.readonly, mb.hex())
with memoryview(b"q") as mm:
    print(mm.tobytes())
try:
    mm.tobytes()
except ValueError as e:
    print(e)
print(b"%-5s|%5b|%r|%a|%c%c|%x|%05.1f" % (b"ab", bytearray(b"cd"), b"e", "\xe9", 65, b"B", 255, 2.25))
print(bytearray(b"%d") % 5, b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"abc"), encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(b"x"))
print(int.from_bytes(bytearray(b"\x01\x00"), "little"), list(reversed(bytearray(b"abc"))), bytearray(b"abc")[::-1], bytes(reversed(b"xy")))
print(b"abc".decode(encoding="ascii"), "é".encode(encoding="latin-1"), "€".encode("cp1252") if False else "", "x".encode("UTF-8"), "ab".encode("utf_16_be"), "ab".encode("utf-32-le"))
print(b"\xff\xfe\x00\xd8\x00\xdc".decode("utf-16"), "😀".encode("utf-16-le"), b"\x3d\xd8\x00\xde".decode("utf-16-le"))
