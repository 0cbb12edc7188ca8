import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__, e)

def infinite():
    return infinite()
try:
    infinite()
except RecursionError as e:
    print("caught:", e)
    print(isinstance(e, RuntimeError))

print(depth(900))
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(4000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(300))))

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(7))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
