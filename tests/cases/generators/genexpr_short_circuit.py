def trace(values):
    for v in values:
        print("  check", v)
        yield v

print("any:", any(v > 2 for v in trace([1, 3, 5])))
print("all:", all(v < 2 for v in trace([1, 3, 0])))
print("any empty:", any(x for x in []), "all empty:", all(x for x in []))
print("sum:", sum(x * x for x in range(10)))
print("sum start:", sum((x for x in [0.5, 0.25]), 10))
print("min/max:", min(len(w) for w in "a bb ccc".split()), max((x % 7 for x in range(20)), default=-1))
print("next:", next((c for c in "hello" if c in "lo"), None))
print("next default:", next((c for c in "hello" if c == "z"), "none"))
print("join:", "-".join(str(i) for i in range(4)))
print("sorted:", sorted((x for x in [3, 1, 2]), reverse=True))
print("dict:", dict((k, len(k)) for k in ["ab", "c"]))
g = (v for v in trace([0, 0, 7, 8]))
print("any on shared:", any(g))
print("remaining:", list(g))
