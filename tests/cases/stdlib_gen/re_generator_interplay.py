import re
import itertools

counter = itertools.count(1)
print(re.sub(r"\?", lambda m: str(next(counter)), "a=? b=? c=?"))
print(next(counter))

def labels():
    for c in "XYZ":
        yield c
    while True:
        yield "_"
lab = labels()
print(re.sub(r"\d", lambda m: next(lab), "1 2 3 4 5"))

def lazy_matches(pattern, texts):
    rx = re.compile(pattern)
    for t in texts:
        print("  scanning", repr(t))
        for m in rx.finditer(t):
            yield m.group(1), m.start()

g = lazy_matches(r"(\w+)=", ["a=1 b=2", "", "long_name=3"])
print(next(g))
print(list(g))

words = (m.group().lower() for m in re.finditer(r"[A-Z]\w*", "Alpha beta Gamma Delta epsilon"))
print(next(words), list(words))
pairs = dict(m.groups() for m in re.finditer(r"(\w+):(\d+)", "x:1, y:22, z:333"))
print(pairs)
it = re.finditer(r"o", "foo")
m1 = next(it)
print(m1.span(), [m.span() for m in it], next(it, None))
print(re.sub(r"[aeiou]", lambda m, s=iter(range(100)): f"<{next(s)}>", "queue"))
