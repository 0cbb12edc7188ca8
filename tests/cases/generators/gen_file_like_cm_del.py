class FakeFile:
    opened = []
    def __init__(self, name, lines):
        self.name = name
        self.lines = lines
        self.closed = False
        FakeFile.opened.append(self)
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.closed = True
        print("close", self.name, "because", et.__name__ if et else "normal end")
        return False
    def __iter__(self):
        return iter(self.lines)

def read_lines(name, lines):
    with FakeFile(name, lines) as f:
        for line in f:
            yield line.upper()

g = read_lines("one", ["a", "b", "c"])
print(next(g))
print("deleting")
del g
print("deleted")

g = read_lines("two", ["x", "y"])
print(next(g))
g = None
print("rebound")

def consume_first(name):
    g = read_lines(name, ["p", "q"])
    return next(g)

print(consume_first("three"))
print("function returned")

print(list(read_lines("four", ["m"])))

for line in read_lines("five", ["1", "2", "3"]):
    if line == "2":
        break
print("after break")

gens = [read_lines("six-%d" % i, ["z"]) for i in range(2)]
for gen in gens:
    next(gen)
del gen
gens.clear()
print("list cleared")
print(all(f.closed for f in FakeFile.opened))
