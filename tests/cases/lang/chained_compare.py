def v(x, name):
    print("eval", name)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(5, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") == v(1, "b") != v(2, "c"))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 2 > 1.5, 1 == 1.0 == True)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
a = b = [1]
print(a is b is not None)
print((1 < 2) < 3, 1 < (2 < 3))
print(1 < 2 == 2 <= 2 >= 1 != 0)
def mid():
    print("mid called once")
    return 5
print(1 < mid() < 10)
try:
    print(1 < "x" < 3)
except TypeError as e:
    print(e)
print(2 < 1 < "x")
