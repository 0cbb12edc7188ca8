import itertools as it
print(list(it.chain("ab", [1, 2], (3,), range(2))))
print(list(it.chain()))
print(list(it.chain.from_iterable(["xy", [1], []])))
def gens():
    print("  outer yields first")
    yield (i for i in range(2))
    print("  outer yields second")
    yield "zz"
c = it.chain.from_iterable(gens())
print("created")
print(next(c))
print(list(c))
c = it.chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(list(it.chain(*[[1, 2], [3]])))
print(type(it.chain()).__name__)
