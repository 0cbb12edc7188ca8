def parse(items):
    return sum(int(s) for s in items)
try:
    parse(["1", "x"])
except ValueError:
    raise RuntimeError("bad input")
