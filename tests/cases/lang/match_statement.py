def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative %d" % n
        case int():
            return "int"
        case "hello" | "hi":
            return "greeting"
        case str() as s:
            return "string of len %d" % len(s)
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest]:
            return "list starting %r, %d more" % (first, len(rest))
        case {"type": "point", "x": px, "y": py}:
            return "point at %r,%r" % (px, py)
        case {"type": t, **others}:
            return "typed %s with %s" % (t, sorted(others))
        case None:
            return "none"
        case _:
            return "other " + type(v).__name__

for v in [0, 2, -5, 99, "hi", "text", [1, 2], [1, 2, 3], (4,), [], {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 1, "h": 2}, None, 3.5, {"k": 1}]:
    print(repr(v), "->", describe(v))

def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", *items] if items:
            return "picking " + ",".join(items)
        case []:
            return "empty"
        case _:
            return "?"
for c in ["go north", "go west", "pick up a b", "pick up", "", "dance"]:
    print(repr(c), cmd(c))
x = 5
match x:
    case 1:
        print("one")
print("no case matched, no error")
