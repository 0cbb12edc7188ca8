# Strs around the inline/heap boundary of the str representation (about 30 bytes):
# building, growing in place, replacing, case mapping, hashing and str(int).
for n in (0, 1, 28, 29, 30, 31, 32, 60):
    s = "q" * n
    t = s
    t += "ab"
    t += "é"
    u = s + "ab" + "é"
    print(n, len(t), t == u, hash(t) == hash(u), t[-3:], {t: 1}.get(u))
    print(s.replace("q", "xy", 3)[:8], len(s.replace("q", "é")), (s + "A").lower()[-2:], (s + "b").upper()[-2:])

s = "abcdefghij" * 2
print(s.replace("c", "XYZ"), s.replace("", "-")[:20], s.replace("zz", "y") == s)
print("aéb".replace("é", "e"), "aéb".replace("é", "e").upper(), len("aéb".replace("é", "e")))
print("xx".replace("x", "é", 1), "abc".replace("b", ""), "ÄbC".lower(), "straße".upper())
for i in (0, 7, -5, 10**15, -9223372036854775808, 9223372036854775807):
    print(str(i), f"{i}|{i:>5}", "k" + str(i), repr(i))
parts = [f"item-{i}:{i * 7 % 101:03d}|{i / 4:.2f}" for i in range(0, 50000, 9999)]
print(parts, ",".join(parts).split(",") == parts)
print("".join([]), "é".join(["a"]), "é".join(["a", "b"]), ",".join(["é", "x"]), len("é".join(["a", "b"])))
print("a-b-c".replace("-", "", 1), "a-b-c".replace("-", "+"), "abc".replace("", "."), "abc".replace("", ".", 2), "abab".replace("ab", "x"), "aaa".replace("aa", "b"))
print("aéb:c".find(":"), "aéb:c".find("é"), "abc".find(""), "abc".find("", 5), "abc".find("c", 1, 2), "a:b:c".rfind(":"), "ééé".replace("é", "e", 2))
print("x".replace("x", "é") == "é", hash("a-é".replace("-", "")) == hash("aé"))
