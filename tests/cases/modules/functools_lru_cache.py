import functools
calls = []

@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))
print(fib.cache_info())
print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().maxsize, type(sq.cache_info()).__name__)

@functools.lru_cache
def add(a, b=0):
    print("add called", a, b)
    return a + b
add(1, 2); add(1, 2); add(1, b=2); add(1.0, 2)
print(add.cache_info())
try:
    add([1])
except TypeError as e:
    print(type(e).__name__, e)
print(add.__name__, add.__wrapped__(5, 5))

@functools.cache
def slow(n):
    print("slow", n)
    return n
slow(1); slow(1)
print(slow.cache_info())
