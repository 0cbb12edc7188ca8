import itertools

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def traced(it, log):
    for v in it:
        log.append(v)
        yield v

log = []
print(list(itertools.takewhile(lambda x: x < 5, traced(naturals(), log))))
print("pulled", log)
log = []
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 5, traced(naturals(), log)), 3)))
print("pulled", log)
print(list(itertools.islice(itertools.accumulate(naturals(1)), 6)))
print(list(itertools.islice(itertools.accumulate(naturals(1), lambda a, b: a * b), 6)))
print(list(itertools.accumulate((x for x in [3, 1, 4, 1, 5]), max)))
print(list(itertools.accumulate((x for x in [1, 2, 3]), initial=100)))
print(list(zip(itertools.count(10, 5), (c for c in "abc"))))
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)))
print(list(itertools.islice(itertools.cycle(x for x in "ab"), 5)))
print(list(itertools.islice(itertools.repeat("r"), 3)), list(itertools.repeat(0, 2)))
print(list(itertools.compress(naturals(), (s for s in [1, 0, 1, 1, 0]))))
print(list(itertools.filterfalse(lambda x: x % 3, itertools.islice(naturals(), 10))))
print(list(itertools.starmap(pow, ((b, 2) for b in range(4)))))
it = naturals()
print(list(itertools.islice(it, 2, 4)), next(it))
try:
    itertools.islice(naturals(), -1)
except ValueError as e:
    print(type(e).__name__, e)
