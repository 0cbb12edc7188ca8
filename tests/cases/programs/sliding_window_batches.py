from collections import deque
import itertools

def window(iterable, n):
    it = iter(iterable)
    win = deque(itertools.islice(it, n), maxlen=n)
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win.append(x)
        yield tuple(win)

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(itertools.islice(it, n)):
        yield batch

def moving_average(values, n):
    for w in window(values, n):
        yield sum(w) / n

print(list(window(range(6), 3)))
print(list(window("ab", 3)))
print(list(batched("abcdefg", 3)))
print(list(batched([], 2)))
print([round(x, 3) for x in moving_average([1, 2, 3, 4, 10, 20], 3)])

def chunks_lazy(source, n):
    source = iter(source)
    for first in source:
        def chunk():
            yield first
            yield from itertools.islice(source, n - 1)
        yield chunk()

for c in chunks_lazy(range(7), 3):
    print(list(c))
