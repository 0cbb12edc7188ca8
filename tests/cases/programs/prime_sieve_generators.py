import itertools

def integers_from(n):
    while True:
        yield n
        n += 1

def sieve():
    """Incremental sieve of Eratosthenes."""
    composites = {}
    for n in integers_from(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

def filter_sieve(limit):
    """Chained-filter sieve (deep nesting of generator expressions)."""
    nums = integers_from(2)
    while True:
        p = next(nums)
        if p > limit:
            return
        yield p
        nums = (lambda p, src: (x for x in src if x % p))(p, nums)

print(list(itertools.islice(sieve(), 25)))
print(list(filter_sieve(60)))
s = sieve()
print(next(itertools.islice(s, 999, None)))
twins = ((p, q) for p, q in itertools.pairwise(sieve()) if q - p == 2)
print(list(itertools.islice(twins, 8)))
goldbach = {}
primes = list(itertools.takewhile(lambda p: p < 100, sieve()))
pset = set(primes)
for n in range(4, 40, 2):
    goldbach[n] = next((p, n - p) for p in primes if n - p in pset)
print(goldbach)
