def f():
    s = "héllo wörld ✓"; t = s + 1
    return t
f()
