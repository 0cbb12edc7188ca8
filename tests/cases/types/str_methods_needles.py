# str methods with one-char and longer needles, ASCII and non-ASCII text, counts,
# bounds and argument errors.
samples = ["", "a", "abc", "a,b,,c,", ",", "héllo wörld", "ÉCOLE straße", "  x  y\t\n", "ǅungla", "İstanbul", "ﬁne", "aaaa", "a-b-c-d-e", "€,€,", "x\u2028y"]
seps = [",", "-", "a", "€", "ab", ",,", "ö", "aa"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.strip()), repr(s.strip("a,")), repr(s.rstrip("€,x")), repr(s.lstrip("éh")))
    for sep in seps:
        print(" ", repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, 0))
        print("  ", s.find(sep), s.rfind(sep), s.find(sep, 2), s.rfind(sep, 0, 3), s.count(sep), s.count(sep, 1, -1))
        print("  ", repr(s.replace(sep, "_")), repr(s.replace(sep, "", 1)), repr(s.replace(sep, "XY", -5)), repr(s.replace(sep, "Q", 0)))
        print("  ", s.startswith(sep), s.endswith(sep), s.startswith((sep, "z")), s.endswith(("q", sep), 1), s.startswith(sep, 1, 4))
    print(" ", repr(s.replace("", "|")), repr(s.replace("", "|", 2)), s.count(""), s.split(), s.rsplit(None, 1))
    print(" ", repr("/".join([s, s, ""])), repr(s.join(["1", "2", "3"])), repr(s.join([])), repr(s.join("xy")))
for bad in [lambda: "a".startswith(1), lambda: "a".startswith(("a", 1)), lambda: "a".startswith((1, "a")), lambda: ",".join(["a", 1]), lambda: "a".split(""), lambda: "a".replace(1, "b"), lambda: "a".strip(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
