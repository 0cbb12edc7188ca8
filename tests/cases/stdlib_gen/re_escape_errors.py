import re
print(re.escape("a.b*c?d"))
print(re.escape("1+1=2 (maybe) [x]"))
print(re.escape("path/to\\file"), re.escape("tab\there"))
s = "cost: $5.00 (approx)"
print(re.search(re.escape("$5.00 (approx)"), s).span())
for bad in ["(", "a)", "[a-", "*a", "a{2,1}", "(?P<1>x)", "(?P<n>a)(?P<n>b)", r"\k", "a**"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print(repr(bad), type(e).__name__)
print(issubclass(re.error, Exception))
