samples = ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\there", "back\\slash",
           "\x00\x07\x1b", "\r\n", "caf\u00e9", "\u4e2d\u6587", "emoji \U0001F600", "\x7f\x80\xa0",
           "", "'", '"', "\u200b", "\ud800" if False else "ok", "\xff"]
for s in samples:
    print(repr(s), len(s))
print(ascii("café"), ascii("中"), ascii("\U0001F600"))
print(str("x"), str(12), str([1, "a"]), str(("a",)))
print(repr("a" "b"), repr(r"raw\n"), repr(b"bytes".decode()))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\u00e9" == "é", len("é"))
print("multi\
line")
print("""triple
quoted""")
print('%r' % "x'y")
print([repr(c) for c in "a'b\""])
