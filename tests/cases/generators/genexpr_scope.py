x = "global x"
result = list(x for x in range(3))
print(result, x)
squares = [i * i for i in range(4)]
try:
    print(i)
except NameError as e:
    print("NameError:", e)

class A:
    value = 10
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        scaled = [v * value for v in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first_iter_ok = list(v for v in items)

print(A.doubled)
print(A.scaled)
print(A.first_iter_ok)

class B:
    n = 3
    try:
        grid = [(i, j) for i in range(n) for j in range(n)]
    except NameError as e:
        grid = "NameError: " + str(e)
print(B.grid)

def f():
    y = 5
    return list(y * k for k in range(3))
print(f())

def walrus_scope():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        print("first big:", big)
walrus_scope()
