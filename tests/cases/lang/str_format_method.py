print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))

class P:
    x = 10
    y = [1, 2]
print("{0.x} {0.y[1]} {p.x}".format(P, p=P))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:08.3f} {:+.1e} {:,} {:x} {:#b}".format(3.14159, 12345.0, 10 ** 7, 255, 5))
print("{{}} {{{}}}".format("in"))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2))
print("{0:{1}}|".format("pad", 6))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:c}".format(97), "{:n}".format(1000))
print("{:=10}".format(-5), "{:010}".format(-5))
print("{}".format(None), "{:>5}".format(True), "{:d}".format(True))

def bad(fmt, *a, **k):
    try:
        print(fmt.format(*a, **k))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

bad("{} {}", 1)
bad("{0} {}", 1, 2)
bad("{missing}")
bad("{0.nope}", 5)
bad("{:d}", "s")
bad("{:q}", 1)
bad("{", 1)
bad("}", 1)
bad("{0[5]}", [1])
bad("{:,s}", "x")
print("{:>{}}".format("x", 4))
print(format(3.5), format(12, "04"), format("s", "^5"))
print("{a}{b}".format_map({"a": 1, "b": 2}))
