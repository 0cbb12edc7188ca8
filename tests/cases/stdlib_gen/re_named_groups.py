import re
p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)(?P<sep>;)?")
m = p.search("name=coil; lang=rust")
print(m.group("key"), m.group("value"), m["key"], m.group(1, 2))
print(m.groupdict(), m.groups())
print(m.groupdict(default="none"), m.groups(default="-"))
print(p.groupindex["value"], sorted(p.groupindex.items()))
print(m.lastindex, m.lastgroup)
m2 = p.search("x=1")
print(m2.groups(), m2.lastindex, m2.lastgroup, m2.span("sep"), m2.start("value"))
print([mm.groupdict() for mm in p.finditer("a=1;b=2;c=3")])
m3 = re.match(r"(a)(b)?(c)", "ac")
print(m3.lastindex, m3.group(2), m3.span(2))
m4 = re.match(r"((a)(b))", "ab")
print(m4.lastindex, m4.groups())
try:
    m.group("missing")
except IndexError as e:
    print(type(e).__name__, e)
try:
    m.group(9)
except IndexError as e:
    print(type(e).__name__, e)
