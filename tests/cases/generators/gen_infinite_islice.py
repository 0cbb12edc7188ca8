import itertools

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def squares():
    for n in naturals():
        yield n * n

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(squares(), 3, 8)))
print(list(itertools.islice(squares(), 0, 20, 5)))

def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(itertools.islice(primes(), 15)))
p = primes()
print(next(itertools.islice(p, 99, None)))
print(next(p))
