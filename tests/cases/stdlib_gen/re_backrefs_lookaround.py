import re
print(re.findall(r"(\w)\1", "aabbcdde"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" and 'bye'").group())
print(re.sub(r"\b(\w+) \1\b", r"\1", "the the quick quick brown fox"))
print(re.findall(r"\w+(?=!)", "wow! great! ok"))
print(re.findall(r"\b\w+\b(?!!)", "wow! great! ok"))
print(re.findall(r"(?<=\$)\d+", "cost $100 or $25, not 7"))
print(re.findall(r"(?<!\$)\b\d+", "cost $100 or $25, not 7"))
print(re.search(r"(?<=-)\w+", "spam-egg").group())
print(bool(re.fullmatch(r"(?=.*\d)(?=.*[a-z]).{6,}", "abc123")), bool(re.fullmatch(r"(?=.*\d)(?=.*[a-z]).{6,}", "abcdef")))
print(re.match(r"(a|b)*c", "ababc").group(1))
print(re.match(r"(?:(\d)(?(1)x|y))", "1x").group())
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(type(e).__name__)
