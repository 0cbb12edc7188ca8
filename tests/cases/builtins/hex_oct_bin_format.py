print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "x"), format(255, "#010x"), format(5, "b"), format(5, "08b"), format(8, "o"))
print(format(3.14159, ".2f"), format(1234.5, ",.1f"), format(0.000123, ".2e"), format(0.5, "%"), format(1e6, "g"))
print(format("s", ">5"), format("s", "<5") + "|", format("s", "^5"), format("s", "*^7"))
print(format(42), format(42, ""), format(None), format([1, 2]), format(True), format(-7, "+d"), format(7, " d"))
print(format(12345678, "_"), format(12345678, ","), format(0xABCDEF, "_x"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"), format(float("inf"), ".2f"), format(float("nan"), "f"))
print(format(1.0, "g"), format(100000.0, "g"), format(1000000.0, "g"), format(1e-5, "g"), format(123.456, ".4g"))
print(format(5, "c") if False else format(65, "c"), format(12.0, "n"), format(1.5, "=+8.2f"))
for spec in ["d", "x", ".2f", "s"]:
    for v in [10, 2.5, "t"]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), repr(v), "ValueError", e)
try:
    format(1, "invalid spec!")
except ValueError as e:
    print(type(e).__name__, e)
