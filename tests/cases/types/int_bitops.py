a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-1 & 0xFF, -1 >> 10, -256 >> 4, ~0, ~-1, -5 & 3, -5 | 3, -5 ^ 3)
print(1 << 64, (1 << 64) >> 63)
for n in [0, 1, 2, 255, 256, -1, -255, 2 ** 100]:
    print(n, n.bit_length(), bin(n))
print((255).bit_count() if hasattr(int, "bit_count") else "n/a", (-7).bit_count())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, [i for i in range(8) if x >> i & 1])
print(0xFF ^ 0x0F, 0o777 & 0o070, 0b1 | 0b10 | 0b100)
print(1_000_000 + 0x_ff)
