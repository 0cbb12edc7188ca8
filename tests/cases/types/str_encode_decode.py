s = "naïve café ☕"
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8])
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
raw = b"ok \xff\xfe bad"
print(raw.decode("utf-8", "replace"), raw.decode("utf-8", "ignore"), raw.decode("latin-1"), raw.decode("utf-8", "backslashreplace"))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("€".encode("utf-8"), b"\xe2\x82\xac".decode(), len("€".encode()), "\U0001F600".encode("utf-8"))
print("A".encode("utf-16"), "A".encode("utf-32-be"))
print(bytes("abc", "utf-8") == "abc".encode(), str(b"abc", "ascii"), "ß".encode("utf-8").decode("latin-1"))
