print(int.__name__, type(5) is int, isinstance(5, (float, int)))
print(abs(-5), -(-5), +5, 5 .real, (5).imag, (7).numerator, (7).denominator, (6).conjugate())
print(max(3, 7, 1), min(3, 7, 1), pow(2, 10), pow(2, -1), pow(-2, 3), pow(7, 2, 5), pow(3, -1, 7))
print(10 == 10.0, 1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(round(15, -1), round(25, -1), round(-15, -1), round(123456, -3), type(round(5)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(0x10, 0o10, 0b10, 1_000, 1e3 == 1000)
print(hash(5), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "big"))
print(str(-0), int("-0"), 0 == -0)
print(sorted([5, -1, 3, 10 ** 20, -(10 ** 20)]))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
n = 1
n += 1; n *= 10; n -= 3; n //= 2; n **= 2; n %= 50; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 3
print(n)
print(format(1234567, ","), format(42, "08b"), format(-42, "x"), format(255, "#X"))
print(int.__add__(2, 3), (3).__mul__(4), (3).__radd__(1))
