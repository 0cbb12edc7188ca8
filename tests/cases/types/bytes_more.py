b = b"Hello, World"
print(b.lower(), b.swapcase(), b.title(), b.center(16, b"*"), b.ljust(14, b"."), b.zfill(14))
print(b.partition(b", "), b.rpartition(b"o"), b.rsplit(b"o", 1), b.splitlines(), b"a\nb\r\nc".splitlines())
print(b.endswith(b"World"), b.rfind(b"o"), b.rindex(b"l"), b.count(b"o"), b.isupper(), b"ABC".isupper())
print(b.translate(None, b"lo"), b.replace(b"World", b"There"), b.removeprefix(b"Hello"), b.removesuffix(b"World"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"  \t x \n".strip(), b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(b"x"), b"a b  c".split(), b"a b  c".split(b" "))
print(b"%b and %s" % (b"bytes", b"more"), b"%5d|%-5x|" % (42, 255), b"%c" % 65)
print(list(b"\x00\x7f\x80\xff"), bytes(reversed(b"abc")), b"abc" * 0, b"".join([b"1", bytearray(b"2")]))
print(bytes.fromhex("48 65 6c 6c 6f").decode(), b"\xde\xad".hex(":"), b"abcdef".hex(" ", 2))
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", min(b"zay"), max(b"zay"), sorted(b"cab"))
print(b"abc".startswith((b"x", b"a")), b"abc"[::-1], b"abc"[5:], b"abc"[-1:], memoryview(b"abc").tobytes())
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
