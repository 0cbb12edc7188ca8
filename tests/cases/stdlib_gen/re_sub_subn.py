import re
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example and ann@site"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"a", "b", "aaaa", count=2))
print(re.subn(r"o", "0", "foo boo"))
print(re.subn(r"z", "0", "foo"))
print(re.sub(r"x*", "-", "abc"))
print(re.sub(r"(a)|b", lambda m: m.group(1) or "B", "abab"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace  ").strip())
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
print(re.compile(r"(\w)(\w)").sub(r"\2\1", "abcdef"))
print(re.sub(r"a", r"\n", "bab") == "b\nb")
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__)
