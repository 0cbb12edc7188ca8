import itertools

def naturals(start):
    n = start
    while True:
        yield n
        n += 1

def drop_multiples(p, it):
    for n in it:
        if n % p:
            yield n

def sieve():
    it = naturals(2)
    while True:
        p = next(it)
        yield p
        it = drop_multiples(p, it)

print(list(itertools.islice(sieve(), 25)))
primes = list(itertools.islice(sieve(), 200))
print(primes[-1], len(primes))

def recursive_sieve(it):
    p = next(it)
    yield p
    yield from recursive_sieve(n for n in it if n % p)

print(list(itertools.islice(recursive_sieve(naturals(2)), 30)))
