text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))

def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append("%d%s" % (n, prev))
            prev, n = c, 1
    out.append("%d%s" % (n, prev))
    return "".join(out)
print(rle("aaabccddddde"), rle("x"), repr(rle("")))
print(sorted("listen") == sorted("silent"), "".join(sorted("dcba")))
table = [("name", "qty"), ("apple", 3), ("banana", 12)]
for row in table:
    print("{:<8}|{:>5}".format(*row))
print(" ".join(w[0].upper() + w[1:] for w in "make title case".split()))
