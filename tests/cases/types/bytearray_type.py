ba = bytearray(b"hello")
print(ba, len(ba), type(ba).__name__)
ba[0] = ord("H")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
ba.extend([65, 66])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0:2]
print(ba)
ba.insert(0, 95)
print(ba, ba[0], ba[-3:])
ba.remove(ord("Z"))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytes(bytearray(b"x")))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
c = bytearray(b"abc")
c += b"def"
c *= 2
print(c, c.decode(), c == b"abcdefabcdef", c.upper(), c.hex())
c.clear()
print(c, len(c), bytearray(b"a,b").split(b","))
