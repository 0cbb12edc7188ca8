def f(v):
    return f"value: {v.missing!r} end"
f(3)
