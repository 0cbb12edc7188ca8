for s in ["hello world", "héllo wörld😀x", "", "é"]:
    n = len(s)
    out = []
    for a in range(-n - 2, n + 3):
        for b in range(-n - 2, n + 3):
            out.append(s[a:b])
            out.append(s[a:])
            out.append(s[:b])
    print(len(out), hash(tuple(out)) == hash(tuple(out)), out[:5], out[-5:], "".join(out)[:80])
