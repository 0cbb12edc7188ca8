for s in ["0x1.8p1", "1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", " -0x.8 ", "inf", "-nan", "0x1p1024", "0xg", "1.", ".p1", "0x1.23456789abcdefp-1030", "0X1P+2", "1e"]:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ["1+2j", " ( 1-2j ) ", "j", "-j", "1e3j", "inf+nanj", "1_0+2_0j", "1__0j", "(1+2j", "1+2", "", "+1.5e-3-4.25e2J", "3"]:
    try:
        print(repr(s), complex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(complex(1, 2j), complex(1j, 1j), complex(), complex(real=2), complex(2.5), complex(True))
for a in [(None,), ("1", 2), (1, "2"), ([],)]:
    try: complex(*a)
    except Exception as e: print(type(e).__name__, e)
print((1+2j)/(3-4j), (1+2j)**0.5, (2j)**-2, 1j**1j, (-1)**0.25, 2**(1+1j))
for f in [lambda: 1j/0, lambda: 0j**-1, lambda: 0j**1j, lambda: 1j//2, lambda: 1j%2, lambda: divmod(1j, 2), lambda: 1j < 2, lambda: (1e300+1e300j)**5, lambda: abs(complex(1e308,1e308)), lambda: pow(1j, 2, 3), lambda: round(1j), lambda: float(1j), lambda: ~1j]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(hash(1+2j), hash(-1j), hash(complex(1.5, -2.5)), 1j == 1j, 1+0j == 1, 2.0+0j == 2, (1+0j) != 1, {1: 'a'}[1+0j])
print(format(1+2j, '^20.3f'), f"{-1.5-2j:+g}", f"{3j:10}", f"{1e100+1j:.3e}", f"{0.1+0.2j:,.3f}")
print(-(1+2j), +(1-2j), abs(-3-4j), bool(0j), bool(1e-300j), (1+2j).conjugate(), complex(3,4).real, sum([1j, 2, 3.5]))
