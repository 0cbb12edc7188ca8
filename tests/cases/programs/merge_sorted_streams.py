def merge_two(a, b):
    a, b = iter(a), iter(b)
    sentinel = object()
    x, y = next(a, sentinel), next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if y < x:
            yield y
            y = next(b, sentinel)
        else:
            yield x
            x = next(a, sentinel)
    if x is not sentinel:
        yield x
        yield from a
    if y is not sentinel:
        yield y
        yield from b

def merge(*streams):
    if not streams:
        return iter(())
    if len(streams) == 1:
        return iter(streams[0])
    mid = len(streams) // 2
    return merge_two(merge(*streams[:mid]), merge(*streams[mid:]))

def multiples(k, limit):
    for i in range(k, limit, k):
        yield i

print(list(merge([1, 4, 9], [2, 3, 10], [], [0, 5])))
print(list(merge(multiples(3, 20), multiples(5, 20), multiples(7, 20))))
print(list(merge()))
def dedupe(stream):
    last = object()
    for x in stream:
        if x != last:
            yield x
            last = x
print(list(dedupe(merge(multiples(2, 15), multiples(3, 15)))))

def hamming():
    def scaled(k):
        for h in hamming():
            yield h * k
    yield 1
    yield from dedupe(merge(scaled(2), scaled(3), scaled(5)))

import itertools
print(list(itertools.islice(hamming(), 20)))
