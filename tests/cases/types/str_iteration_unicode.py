s = "naïve 日本 😀!"
print(len(s), list(s), s[6], s[-2], s[::-1])
print([hex(ord(c)) for c in s])
print(s.upper(), s.isalpha(), "日本".isalpha(), "😀".isalpha(), "ï".isalpha())
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print(sorted("bäåa"), "ä" < "b", max("日本語"), min("zA"))
print(s.find("日"), s.index("😀"), s.count("ï"), "本" in s, s.split(" "))
print("".join(reversed("ab😀")), "😀" * 3, "x😀y"[1], len("\U0001F600"))
print("ÅNGSTRÖM".lower(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold())
print("{:^10}|".format("日本"), "%-6s|" % "😀", f"{'ï':*>4}")
print(ascii(s), repr(s))
print(s.encode("utf-8").decode("utf-8") == s, "é" == "e\u0301", len("e\u0301"))
for i, ch in enumerate("aé😀"):
    print(i, ch, ord(ch), ch.encode("utf-8"))
