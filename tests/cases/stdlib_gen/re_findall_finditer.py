import re
text = "a1 b22 c333 d4444"
print(re.findall(r"\d+", text))
print(re.findall(r"([a-z])(\d+)", text))
print(re.findall(r"[a-z](\d+)", text))
print(re.findall(r"(?:[a-z])\d", text))
print(re.findall(r"x*", "axb"))
print(re.findall(r"(a)|(b)", "ab"))
for m in re.finditer(r"\w(\d+)", text):
    print(m.group(0), m.group(1), m.span(), m.span(1), m.start(1))
it = re.finditer(r"\d", "x1y2")
print(type(it).__name__, next(it).group(), [m.group() for m in it])
print([m.span() for m in re.finditer(r"", "ab")])
print(list(re.compile(r"o").finditer("foo boo", 3)))
print([m.group() for m in re.compile(r"o").finditer("foo boo", 3)])
