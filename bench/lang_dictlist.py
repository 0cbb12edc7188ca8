# Dict and list work: int/str key insert, lookup, update; list append, sort,
# slicing, comprehensions.
def dicts(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    s = {}
    for i in range(n):
        s["k" + str(i % 5000)] = s.get("k" + str(i % 5000), 0) + i
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    d2 = {k: v for k, v in s.items() if v % 2 == 0}
    s.update(d2)
    for k in list(d)[: n // 2]:
        del d[k]
    return len(d), len(s), len(d2), hits % 1000003

def lists(n):
    lst = []
    for i in range(n):
        lst.append((i * 7919) % 10007)
    lst.sort()
    sq = [x * x for x in lst if x % 3]
    rev = lst[::-1]
    mid = lst[n // 4 : 3 * n // 4]
    pairs = sorted(zip(rev[:1000], mid[:1000]), key=lambda p: p[1] - p[0])
    return sum(sq) % 1000003, rev[0], len(mid), pairs[0], max(lst), min(lst)

r1 = r2 = None
for k in range(7):
    r1 = dicts(200000)
    r2 = lists(200000)
print("dictlist", r1, r2)
