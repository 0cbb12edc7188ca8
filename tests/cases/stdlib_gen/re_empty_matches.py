import re
cases = [r"x*", r"", r"\b", r"a|", r"|a", r"a??", r"(?=a)", r"\s*", r"(a)|(b)?", r"(?m)^", r"(?m)$", r"$", r"\B", r"(?<=a)", r"a*?", r"(a|b)*?"]
texts = ["", "a", "abxd", "aab", "a b  c", "a\nb\n", "baab", "éaé"]
for c in cases:
    for t in texts:
        print(repr(c), repr(t), re.findall(c, t), re.split(c, t), re.subn(c, "-", t), [m.span() for m in re.finditer(c, t)])
print(re.sub("x*", "-", "abxd", count=2), re.split("x*", "axbxc", maxsplit=1))
print(re.split(",", "a,b", maxsplit=-1), re.sub("a", "b", "aaa", count=-1))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"(?:a)", "aa"))
p = re.compile("o")
print(p.findall("foo boo", 3), p.findall("foo boo", 2, 5), list(p.finditer("foo", 5)), p.findall("foo", 2, 1))
