counts = {}
for w in ["x"]:
    counts[w] += 1
