class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    five = 5
    five()
except TypeError as e:
    print(e)
try:
    s = "abc"
    s()
except TypeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

class Chain:
    def __init__(self):
        self.calls = []
    def __call__(self, v):
        self.calls.append(v)
        return self
c = Chain()
c(1)(2)(3)
print(c.calls)
try:
    add5()
except TypeError as e:
    print(e)
