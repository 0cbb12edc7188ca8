# Instruction pairs the VM runs as one dispatch must still behave one by one:
# an unbound local in the second half, big ints, non-int operands, jumps into the middle.

def store_then_unbound():
    a = 1
    try:
        print(a, b)  # STORE_FAST a; LOAD_FAST a, LOAD_FAST b (unbound)
    except UnboundLocalError as e:
        print("unbound:", e)
    b = 2
    return a + b

print(store_then_unbound())

def store_load_unbound():
    x = 5
    y = x
    del x
    try:
        z = y
        return x  # noqa
    except UnboundLocalError as e:
        return "caught: " + str(e)

print(store_load_unbound())

def arith(n):
    out = []
    for i in range(n):
        out.append(i + 1)
        out.append(i * 3)
        out.append(i % 7)
        out.append(i - 10)
    return out

print(arith(5))

def overflow(x):
    return x * 1000000007 + 9223372036854775807

print(overflow(9223372036854775807), overflow(-3))

def floats_and_strings(x):
    x += 1
    y = x * 2
    return y

print(floats_and_strings(1.5), floats_and_strings(3))
try:
    floats_and_strings("s")
except TypeError as e:
    print("TypeError:", e)

def unbound_fused():
    try:
        return q + 1  # LOAD_FAST q (unbound), LOAD_CONST, BINARY_OP
    except UnboundLocalError as e:
        print("fused unbound:", e)
    q = 1
    return q + 1

print(unbound_fused())

def inplace_then_load(items):
    total = 0
    for v in items:
        total += 1
        total = total
        v = v
    return total, v

print(inplace_then_load([1, 2, 3]))

def division(a):
    try:
        return a // 0
    except ZeroDivisionError as e:
        return "zde: " + str(e)

print(division(7), -7 // 2, -7 % 2, 7 >> 1, 1 << 70)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __iadd__(self, o):
        self.v -= o
        return self
    def __repr__(self):
        return f"Num({self.v})"

def custom():
    n = Num(1)
    m = n + 5
    n += 5
    return m, n

print(custom())
