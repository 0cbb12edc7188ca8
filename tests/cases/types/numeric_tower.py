print(1 + 2.0, type(1 + 2.0).__name__, 3 * True, type(3 * True).__name__, True + 0.5)
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0)
print(hash(1) == hash(1.0) == hash(True), hash(0.0) == hash(-0.0))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
print(10 / 4, 10 // 4, 10.0 // 4, -10 // 4.0, 2 ** 2, 2.0 ** 2, 4 ** 0.5)
print(sum([1, 2.5, True]), max(1, 1.0), max(1.0, 1), min(True, 1))
print(sorted([2, 1.5, True, 0.0, -1]))
print(int(2.5) + float(3), float("3") * int("2"))
print(1e308 + 1e308 == float("inf"), 10 ** 308 < float("inf"), 10 ** 400 > 1e308)
print(2 ** 63 == float(2 ** 63), 2 ** 64 + 1 > float(2 ** 64), (2 ** 53 + 1) == float(2 ** 53 + 1))
print(complex(1, 2), (1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2, type(1j).__name__)
print((1 + 2j).real, (1 + 2j).imag, (2 - 3j).conjugate(), complex("1+2j"), 1j == complex(0, 1))
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(e)
try:
    int(1j)
except TypeError as e:
    print(e)
print(divmod(7, 2.0), 7 % 2.5, round(7 / 3, 4))
