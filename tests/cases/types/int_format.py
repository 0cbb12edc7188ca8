for n in [0, 7, -7, 255, 65535, 10 ** 12, -(2 ** 40)]:
    print(f"{n:d}|{n:5d}|{n:<6d}|{n:^7d}|{n:+d}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:,}|{n:_x}|{n:08d}")
print(f"{42:c} {42:e} {42:.2f} {42:%} {42:g} {42:n}")
print(f"{5:*>6} {5:*<6} {5:*^6} {-5:*=6} {5:=+6}")
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#o|%o" % (42, 42, 42, 42, 42, 255, 255, 8, 8))
print(format(10, "#x"), format(10, "#o"), format(10, "#b"), format(-10, "#x"))
try:
    f"{5:.2d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ",x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, "=s")
except ValueError as e:
    print(type(e).__name__, e)
print(str(10 ** 25), repr(-10 ** 25), f"{10 ** 25:,}", f"{10 ** 25:e}")
print(int.__format__(12, "04"), bool.__format__(True, ""), format(True, "d"), format(False, "5"))
