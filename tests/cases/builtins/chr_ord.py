print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(10)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("z"), ord("€"), ord("\n"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
print("".join(chr(ord(c) + 1) for c in "HAL"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 5, b"ab", None]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print([chr(i) for i in range(97, 102)], sum(map(ord, "abc")))
