name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n:5d} {n:<5d}| {n:^7}| {n:05d} {n:+d} {-n:+d}")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3e} {pi:g} {pi:%}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:08b}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_} {0.5:.0%}")
print(f"{name!r} {name!s} {'é'!a} {name!r:>10}")
print(f"{n=} {pi=:.2f} {name=!s} {n * 2 = }")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:*^{width}}]")
print(f"{'nested ' + name.upper()}")
print(f"{{literal braces}} {{{n}}}")
d = {"key": "val", 1: "one"}
print(f"{d['key']} {d[1]} {[1, 2, 3][1]}")
print(f"{3 + 4} {n // 5} {'yes' if n > 40 else 'no'}")
print(f"{name:.3}|{name:10.2}|")
print(f"{-0.0} {1e20} {1e-7} {float('inf')} {float('nan')}")
print(f"{123.456:08.2f} {-3.5:08.2f} {7:=+6d}")
print(f"{True} {None} {b'x'} {[1, 'a']}")
print(f"{'a' 'b'}" f"{n}" "plain")
print(f"""multi
{name}""")
try:
    f"{n:s}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:.2f}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f}")
