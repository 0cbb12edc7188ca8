def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g)
    return gens

print([next(f()) for f in make_gens()])

def make_gens_bound():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g)
    return gens

print([next(f()) for f in make_gens_bound()])

def counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen, lambda: count

gen, peek = counter()
a = gen()
b = gen()
print(next(a), next(b), next(a), peek())

# generator expressions capturing a loop variable late
exprs = [(x * k for x in range(3)) for k in range(3)]
print([list(e) for e in exprs])

k = 1
lazy = (x * k for x in range(3))
k = 100
print(list(lazy))
