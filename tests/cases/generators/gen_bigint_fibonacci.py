import itertools

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 15)))
f = fib()
for _ in range(300):
    v = next(f)
print(v)
print(len(str(v)), v % 1000007, v.bit_length())
print(next(itertools.islice(fib(), 1000, None)) % 10 ** 20)

def fib_mod_pairs():
    for i, n in enumerate(fib()):
        if n > 10 ** 50:
            return i
        yield i, n

pairs = list(fib_mod_pairs())
print(len(pairs), pairs[-1])

def even_fibs(limit):
    for n in fib():
        if n > limit:
            break
        if n % 2 == 0:
            yield n

print(sum(even_fibs(4 * 10 ** 6)))
print(sum(even_fibs(10 ** 100)) % 999983)

def factorials():
    acc = 1
    for k in itertools.count(1):
        acc *= k
        yield acc

x = next(itertools.islice(factorials(), 99, None))
print(len(str(x)), str(x)[:20], sum(int(d) for d in str(x)))
print(next(n for n in fib() if len(str(n)) >= 100) % 123456789)
