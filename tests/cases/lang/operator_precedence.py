print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2, -(7 // 2))
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), ~1 + 1, -~5, ~-5)
print(not 1 == 2, not (1 == 2), (not 1) == 2, 1 < 2 and 2 < 3 or False)
print(True or False and False, (True or False) and False, not True or True)
print(1 if 0 else 2 if 1 else 3, (1 if 0 else 2) + 10, 3 + (1 if True else 0))
print(5 & 3 == 1, (5 & 3) == 1, 5 & (3 == 1))
print(2 * -3, 2 ** -1, -3 ** -1, +-+-1)
x = 3
print(x * 2 ** 2, (x * 2) ** 2, x ** 2 * 2, x > 2 == True, (x > 2) == True)
print("a" + "b" * 2, ("a" + "b") * 2, [1] * 2 + [3])
print(1 in [1] == True, (1 in [1]) == True, 1 < 2 in [True])
print(lambda: 0 if False else 1) if False else print((lambda: 0 if False else 1)())
print(0 or None or 0.0 or "", 1 and [] and 3)
a = b = c = 7
a += b * c
print(a, b, c)
print(-5 % 3, -(5 % 3), 5 % -3, 2 ** 2 ** 0, (-1) ** 0.5 == 1j ** 1 if False else "skip")
