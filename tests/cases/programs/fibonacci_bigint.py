import itertools

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 15)))
print(next(itertools.islice(fib(), 100, None)))
f300 = next(itertools.islice(fib(), 300, None))
print(f300)
print(len(str(f300)), f300 % 1000000007, f300.bit_length())
g = fib()
for i, v in enumerate(g):
    if v > 10 ** 50:
        print("first above 10**50 is fib", i)
        print(v)
        break
print(next(g))
evens = (x for x in fib() if x % 2 == 0)
print(list(itertools.islice(evens, 10)))
print(sum(itertools.takewhile(lambda x: x < 4000000, evens)))
