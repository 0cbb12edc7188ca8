b = b"hello"
print(b, repr(b), type(b).__name__, len(b))
print(b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(b"\x00\x01\xff", b"tab\t", b"quote'", b'dq"', b"both'\"", bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b + b" world", b * 2, b"ll" in b, 104 in b, b.upper(), b.split(b"l"), b.replace(b"l", b"L"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b.hex(), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(), b"abc".hex("-"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b.strip(b"ho"), b" x ".strip(), b"a,b".split(b","))
print(b"-".join([b"a", b"b"]), b.index(b"o"), b.isalpha(), b"123".isdigit())
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
print(bytes("abc", "ascii"), b == b"hello", b < b"help", b == "hello")
print(hash(b"x") == hash(b"x"), {b"k": 1}[b"k"])
for x in b"hi":
    print(x, chr(x))
print(b"%s=%d" % (b"k", 5), b"abc"[1:2] == b"b", b"abc"[1] == 98)
