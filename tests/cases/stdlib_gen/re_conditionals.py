import re
# Conditional groups, including a reference to a group defined later in the pattern.
print(re.findall(r"(?(1)a|b)(a)?", "ba b"))
print(re.match(r"(?(2)x|y)(a)(b)", "yab").groups())
print([m.span() for m in re.finditer(r"(<)?\w+(?(1)>|$)", "<a> b <c d")])
print(re.fullmatch(r"(?P<q>['\"])?\w+(?(q)(?P=q))", "'abc'").group("q"), re.fullmatch(r"(?P<q>['\"])?\w+(?(q)(?P=q))", "abc'"))
print(re.sub(r"(\()?\d+(?(1)\))", "N", "(1) 2 (3 4)"))
# Lookbehind: fixed width only, alternatives of one width are fine.
print(re.findall(r"(?<=ab|cd)x", "abx cdx ex"), re.findall(r"(?<!a|b)c", "ac bc cc"))
# Backreferences inside a lookbehind.
print(re.findall(r"(\w)b(?<=\1b)", "ab bb cb bbb"), re.findall(r"(?P<c>\w)x(?<!(?P=c)x)", "ax xx bx"))
for pat in [r"(?<=a|bc)x", r"(?<=a*)x", r"(?<!a{1,2})x", r"(a)(?<=\1b)"]:
    try:
        re.compile(pat)
        print("ok", pat)
    except re.error as e:
        print(pat, "->", e)
