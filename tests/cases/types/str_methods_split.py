s = "  a,b,,c  "
print(s.split(","), s.strip().split(","), "a b  c\td\n".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("  x  y  ".split(None, 1), "aXbXc".split("X", 0))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb\n".splitlines(True))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("x\ty\tz".expandtabs(), "ab\tc".expandtabs(4), "\t".expandtabs(2) == "  ")
