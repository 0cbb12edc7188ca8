import math
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1))
print(round(math.log(10), 12), math.log(2 ** 1000) / math.log(2))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(round(math.sin(math.pi / 6), 12), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.tanh(100), 12))
print(math.hypot(5, 12), math.sqrt(0.0), math.sqrt(-0.0))
