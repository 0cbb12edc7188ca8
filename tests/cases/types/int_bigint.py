print(2 ** 200)
print(-(2 ** 100))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
big = 10 ** 50 + 7
print(big // 3, big % 3, big * big)
print(divmod(big, 10 ** 25))
print((2 ** 100) // (2 ** 98), (2 ** 100) / (2 ** 98))
print(12345678901234567890 * 98765432109876543210)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(2 ** 1000 % 1000007)
print(pow(3, 200, 10 ** 9 + 7))
print(len(str(3 ** 5000)))
print((1 << 100) >> 98, (1 << 100) | 1, (2 ** 70) & (2 ** 70 - 1))
print(int("9" * 40) + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print(abs(-(2 ** 90)), -(-(2 ** 90)) == 2 ** 90)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 < 2 ** 100 + 1, float(2 ** 100))
print(10 ** 20 // -3, 10 ** 20 % -3)
x = 1
for _ in range(10):
    x = x * 1000000007 + 12345
print(x)
print(sum(range(10 ** 6)))
print((10 ** 40) ** 0.5 == 10.0 ** 20)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(type(2 ** 200).__name__, (2 ** 200).bit_length())
