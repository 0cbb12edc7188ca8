# format() of ints, floats and complex numbers over many specs (fill, align, sign,
# grouping, zero padding, alternate forms), and the exceptions of bad ones.
vals = [10**30, 2**1030, 0, 1, -1, 7, -42, 255, 10**6, -10**6, 2**63-1, -2**63, 2**64+5, -(2**70), 65, 0x263a]
specs = ["", "d", "03d", "+05d", " d", ",", "_", "_x", "#x", "#X", "#o", "#b", "010,d", "=+12,", "*^15,", "<8", ">8x", "c", "e", ".2f", "%", "n", "012_b", "0=20_X", "09,", "0,"]
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + str(e)
        print(repr(v), repr(s), repr(r))
fl = [0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 1e-7, 123456.789, float('inf'), float('nan'), 2.5, 0.125, -1234567.891]
fspecs = ["", ".2f", "08.3f", "+,.2f", "_.1f", "e", ".3e", "g", ".10g", "%", ".0f", "#.0f", "z.1f", "^20,.2f", "*<12.4", "0=15,.3f", "n", ".1%"]
for v in fl:
    for s in fspecs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + str(e)
        print(repr(v), repr(s), repr(r))
for c in [1+2j, -1.5-0.25j]:
    for s in ["", ".2f", "^30,.3f", "e"]:
        print(repr(c), s, format(c, s))
print(f"{True:5}|{False:>6d}|{3:{'0'}{4}}|{'ab':*^7}|{'ünï':>6}|{'x':é<4}|{9:é>5,}")
i = 7
print(f"item-{i}:{i * 7 % 101:03d}|{i / 4:.2f}")
