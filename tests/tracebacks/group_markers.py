def f(d):
    return d["k"]
excs = []
for d in [{}, {"k": 1}]:
    try:
        f(d) + "x"
    except Exception as e:
        excs.append(e)
raise ExceptionGroup("many", excs)
