import re
p = re.compile(r"(\d+)-(\d+)")
print(type(p).__name__, p.pattern, p.groups, p.flags & re.UNICODE == re.UNICODE)
for s in ["10-20", "x 3-4 y", "5-", "7-8-9"]:
    m1, m2, m3 = p.search(s), p.match(s), p.fullmatch(s)
    print(repr(s), bool(m1), bool(m2), bool(m3), m1.group() if m1 else None)
m = re.search(r"b+", "aabbbcc")
print(m.group(), m.start(), m.end(), m.span(), m.string, m.re.pattern)
print(re.match(r"a", "ba"), re.search(r"^a", "ba"), re.search(r"a$", "ba").span())
print(re.fullmatch(r"a|ab", "ab").group())
print(re.match(r"a*", "bbb").group() == "", re.match(r"a*", "bbb").span())
print(p.search("aa 1-2 3-4", 4).group(), p.search("aa 1-2 3-4", 0, 5))
print(p.match("zz1-2", 2).group())
print(bool(re.search("", "")), re.search(r"\bword\b", "a word here").span())
