import re
text = "First line\nsecond LINE\nThird line"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"line$", text, re.M | re.I))
print(re.findall(r"line", text, re.IGNORECASE))
print(re.search(r"line.second", text))
print(re.search(r"line.second", text, re.DOTALL).group() == "line\nsecond")
pat = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\s]?           # separator
    (?P<num>\d{4})    # number
""", re.VERBOSE)
print(pat.search("call 555-1234 now").groupdict())
print(re.findall(r"(?im)^s\w+", text))
print(re.findall(r"(?s)F.*?d", text))
print(bool(re.I & re.compile("a", re.I).flags), re.compile("a", re.M).flags & re.M == re.M)
print(re.search(r"\Aline", "line\nline", re.M).span(), re.search(r"line\Z", "line\nline", re.M).span())
print(re.findall(r"[A-Z]", "aBcD", flags=re.I))
print(int(re.IGNORECASE), int(re.MULTILINE), int(re.DOTALL), int(re.VERBOSE))
