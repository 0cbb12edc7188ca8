import itertools

def letters(s):
    for c in s:
        yield c

def numbers(n):
    yield from range(n)

print(list(itertools.product(letters("ab"), numbers(2))))
print(list(itertools.product(letters("xy"), repeat=2)))
print(list(itertools.permutations(letters("abc"))))
print(list(itertools.permutations(numbers(4), 2))[:5])
print(list(itertools.combinations(numbers(4), 3)))
print(list(itertools.combinations_with_replacement(letters("ab"), 2)))
print(len(list(itertools.permutations(numbers(5)))))

def runs():
    yield from [1, 1, 2, 2, 2, 1, 3, 3]

print([(k, len(list(g))) for k, g in itertools.groupby(runs())])
print([(k, "".join(g)) for k, g in itertools.groupby(letters("AaBbbCa"), key=str.lower)])

groups = itertools.groupby(letters("aabbc"))
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))

data = ({"kind": k, "v": v} for k, v in [("a", 1), ("a", 2), ("b", 3)])
for kind, grp in itertools.groupby(data, key=lambda d: d["kind"]):
    print(kind, sum(d["v"] for d in grp))

print(list(itertools.product()))
print(list(itertools.permutations(letters(""))), list(itertools.combinations(numbers(2), 3)))
