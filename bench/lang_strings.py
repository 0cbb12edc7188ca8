# String building: f-strings, join, concatenation, str methods.
def build(n):
    parts = []
    s = ""
    for i in range(n):
        t = f"item-{i}:{i * 7 % 101:03d}|{i / 4:.2f}"
        parts.append(t.upper())
        if i % 10 == 0:
            s += t[5:8]
    joined = ",".join(parts)
    pieces = joined.split(",")
    count = 0
    for piece in pieces:
        if piece.startswith("ITEM-1"):
            count += 1
        count += piece.find(":") + len(piece.replace("-", "").strip("I"))
    words = " ".join(p.lower() for p in pieces[:2000])
    return len(joined), len(s), count, words.count("item"), s[-20:]

res = None
for k in range(15):
    res = build(60000)
print("strings", *res)
