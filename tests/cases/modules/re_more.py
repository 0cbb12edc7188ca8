import re
text = "2023-01-15, 2024-12-31 and 1999-07-04"
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", text)
print(dates)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text))
print(re.sub(r"(?P<y>\d{4})", r"<\g<y>>", "in 2020"))
m = re.search(r"(?P<word>\w+)\s+(?P=word)", "this is is a test")
print(m.group("word"), m.span())
print(re.findall(r"\w+?", "abc"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"<.*?>", "<a><b>"))
print(re.findall(r"[^aeiou\s]+", "hello world"), re.split(r"\W+", "Hi, there! You."))
print(re.match(r"^\s*$", "   ") is not None, re.match(r"x|", "y").group() == "")
pat = re.compile(r"\d+", re.ASCII)
print(pat.findall("a1b23"), pat.sub("#", "a1b23"), pat.search("zz") is None)
m = re.match(r"(\w+) (\w+)", "Jane Doe Smith")
print(m[0], m[1], m[2], m.expand(r"\2, \1"), m.lastindex, m.re.pattern)
print(re.sub(r"a", "b", "aaa", count=2), re.split(r",", "a,b,,c"), re.findall(r"^$", ""))
try:
    re.match(r"(a", "a")
except re.error as e:
    print(type(e).__name__, e.msg, e.pos)
print([m.start() for m in re.finditer(r"o", "foo boo")])
