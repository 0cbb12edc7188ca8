import re
m = re.search(r"(\w+)\s(\w+)?(\s(\d+))?", "hello world 42 tail")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m.group(4))
print(m.groups(), m.lastindex)
print(m.start(), m.end(), m.span(), m.start(2), m.end(4), m.span(3))
print(m.pos, m.endpos, m.expand(r"\2-\1"))
print(m[0], m[1], bool(m))
m2 = re.match(r"(x)?y", "y")
print(m2.group(1), m2.start(1), m2.end(1), m2.span(1), m2.groups())
m3 = re.compile(r"\d").search("ab12", 1, 3)
print(m3.group(), m3.pos, m3.endpos)
print(re.match(r"(?P<a>.)(?P<b>.)", "xy").expand(r"\g<b>\g<a>"))
matches = [m.group() for m in re.finditer(r"[aeiou]", "generators")]
print(matches)
