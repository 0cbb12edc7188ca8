import itertools

def source(tag, n):
    for i in range(n):
        print("  produce", tag, i)
        yield i

a, b = itertools.tee(source("t", 3))
print(next(a), next(a))
print(list(b))
print(list(a))

x, y, z = itertools.tee((c for c in "xy"), 3)
print(list(x), list(y), list(z))

print(list(itertools.chain(source("c1", 2), source("c2", 1))))
print(list(itertools.chain.from_iterable(source("inner", n) for n in range(3))))

def words():
    yield "ab"
    yield ""
    yield "cd"
print(list(itertools.chain.from_iterable(words())))

print(list(itertools.zip_longest((i for i in range(3)), (c for c in "ab"), fillvalue="-")))
print(list(itertools.zip_longest((i for i in range(1)), (), (c for c in "xyz"))))

def pairwise_gen(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise_gen(source("p", 3))))
print(list(itertools.pairwise(c for c in "abcd")))

ch = itertools.chain(source("lazy", 2))
print("chain built")
print(next(ch))
