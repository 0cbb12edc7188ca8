import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

def lines(text):
    for line in text.splitlines():
        yield line

def words(lines):
    for line in lines:
        for m in re.finditer(r"[A-Za-z']+", line):
            yield m.group().lower()

def without(stop, words):
    return (w for w in words if w not in stop)

def counted(words):
    c = Counter()
    for w in words:
        c[w] += 1
    return c

c = counted(without({"it", "was", "the", "of"}, words(lines(TEXT))))
print(c.most_common(5))
print(sorted(c.items())[:6])
print(sum(c.values()), len(c))
lengths = Counter(len(w) for w in words(lines(TEXT)))
print(sorted(lengths.items()))
first_long = next(w for w in words(lines(TEXT)) if len(w) > 8)
print(first_long)
