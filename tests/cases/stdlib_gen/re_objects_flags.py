import re
p = re.compile(r"(?P<a>x)(y)?(?P<c>z)?", re.I | re.M)
print(p, repr(p), p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("a"), re.compile("a", re.A), re.compile("a", re.X | re.S), re.compile(b"a+", re.I), re.compile("x" * 300) == re.compile("x" * 300))
print(re.compile('a\nb\'"'), re.compile("a", 1024 | re.I))
m = p.match("xz")
print(m, m.re is p, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.group(), m.group(0, 1, "c"), m[0], m["a"], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default=0))
print(m.span(2), m.start("c"), m.end(True), m.expand(r"[\g<a>|\2|\g<c>]"))
for bad in [5, "zz", 1.0, -1, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.start(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    p.search()
except TypeError as e:
    print("TypeError", e)
try:
    p.search("a", 1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.search("a", bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    p.search("a", string="a")
except TypeError as e:
    print("TypeError", e)
print(p.search(string="xx", pos=1), p.split(string="axb", maxsplit=1), p.sub(repl="-", string="axz", count=1))
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
print(m.__copy__() is m, p.__deepcopy__({}) is p, p == re.compile(r"(?P<a>x)(y)?(?P<c>z)?", re.I | re.M), p != re.compile("x"), hash(p) == hash(re.compile(p.pattern, p.flags)))
print(type(p), type(m), re.Pattern, re.Match, isinstance(p, re.Pattern), isinstance(m, re.Match), type(p.finditer("")).__name__)
print(re.compile(p) is p, re.search(p, "XZ"), re.I, re.I | re.M, ~re.I, re.NOFLAG, re.A | re.I | re.M, str(re.S), f"{re.X}", format(re.X, "d"), re.I.name, re.I.value, int(re.U))
print(m.__class__.__name__, bool(m), re.match("a", "b") is None)
m2 = re.match(r"(a)(?:(b)|c)(d)?", "acd")
print(m2.lastindex, m2.groups(), re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a)|(b)", "b").lastgroup)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup, re.match(r"(?:(?P<x>a)|(?P<y>b))+", "ab").lastgroup)
print(re.fullmatch(r"a|ab", "ab"), re.match(r"(?<=a)b", "ab", ), re.compile(r"(?<=a)b").match("ab", 1), re.compile(r"^b").match("ab", 1), re.compile(r"\bb").search("ab", 1))
print(re.search(r"(?i)straße", "STRASSE"), re.search(r"(?i)k", "\u212a"), re.findall(r"(?i)[a-c]", "ABCabc"), re.findall(r"(?x) a b # c\n c", "abc"))
print(re.match(r"(?s:a.)b", "a\nb"), re.match(r"(?i:A)a", "aa"), re.match(r"(?i:A)a", "aA"), re.match(r"a(?#comment)b", "ab"))
print(re.match(r"(?>a+)a", "aaa"), re.match(r"a++a", "aaa"), re.match(r"a{2}", "aaa"), re.match(r"a{,2}", "aaa"), re.match(r"a{2,}?", "aaa"), re.match("a{", "a{"), re.match("a{1,x}", "a{1,x}"))
print(re.split(b",", b"a,b"), re.findall(rb"\w+", b"ab cd"), re.sub(b"a", b"\\n", b"bab"), re.match(b"(a)", b"a").groups(), re.escape(b"a.b"), re.search(b"a", bytearray(b"xa")))
print(re.template("a"))
