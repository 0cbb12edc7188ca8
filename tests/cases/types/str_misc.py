s = "Mississippi"
print(len(s), s.count("ss"), s.lower().count("s"), sorted(set(s)), s.index("pp"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted(words)[:3], " ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
print(str(3.0), str(-1e-10), str(True), str(None), str(b"x"), str([1]), str({"a": 1}))
print(str(), str("x"), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
print(ord("a"), chr(97), ord("€"), chr(8364), [ord(c) for c in "AZaz09"])
print("a" "b" 'c', "x".join("123"), "%s" % "s")
acc = ""
for i in range(5):
    acc += str(i)
print(acc, acc[::-1], int(acc) + 1)
print("abc".isascii(), "é".isascii(), "Ab".isprintable(), "\n".isprintable())
print(hash("abc") == hash("ab" + "c"), "x" * 3 == "xxx")
t = "a,b;c d"
import re
print(re.split(r"[,; ]", t))
print("{:<6}|{:>6}|{:^6}|".format("ab", "cd", "ef"))
print("tEsT".upper().lower(), "ÉCOLE".lower(), "straße".upper(), "ﬁ".upper())
print(list(map(str.strip, [" a ", "b  "])), str.upper("q"))
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("cd"), "a".__mul__(3))
