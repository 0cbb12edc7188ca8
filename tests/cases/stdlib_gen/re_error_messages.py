import re
bad = ["(", "a)", "[a-", "*a", "a{2,1}", "(?P<1>x)", "(?P<n>a)(?P<n>b)", r"\k", "a**",
       "(?P=zz)", r"(a)\2", r"(a\1)", "[z-a]", "(?<x)", "a(?i)b", "^*", r"\b+", "(?P", "(?",
       "x\\", "(?#abc", r"[\d-z]", r"\x4", r"\u12", "(?(2)a|b)", "(?(x)a|b)", "(?(1)a|b|c)",
       "(?z)", "(?i-i:a)", "(?-a:x)", "(a\n(b", "\\8", "[\\8]", "\\777", "(?<=a+)b",
       "a{4294967295}", "(?P<a>)(?P=a", "()\\g<1>", "(?P<a b>x)", "[]", "[^]", "a|*",
       "(?x)  (  # comment\n  a", "\\N{NO SUCH NAME}", "\\N{EM DASH", "\\N", "(?<!a|bc)d",
       "(?P<é>x)", "x{,", "{1,2}", "(?:", "\\Q", "[\\A]"]
for pat in bad:
    try:
        r = re.compile(pat)
        print("ok", repr(pat), r.groups)
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
for repl in [r"\2", r"\q", r"\g<x>", r"\g<1", r"\g", r"\g<-1>", "x\\", r"\g<2>", r"\g<a b>", r"\g<>", "\\400"]:
    try:
        print(repr(re.sub("(a)", repl, "a")))
    except re.error as e:
        print(repr(repl), "|", e, "|", e.msg, e.pos, e.pattern == repl)
    except Exception as e:
        print(repr(repl), type(e).__name__, e)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
e = re.error("boom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
try:
    raise re.error("x", "abc", 1)
except Exception as e:
    print(type(e), repr(e), isinstance(e, re.error))
for flags in [re.LOCALE, re.A | re.U]:
    try:
        re.compile("a", flags)
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
for args in [("a", 1), (b"a", "a"), ("a", b"a")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(1)
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", lambda m: 1, "xa")
except TypeError as e:
    print("TypeError", e)
print(re.sub("a", lambda m: None, "bab"))
