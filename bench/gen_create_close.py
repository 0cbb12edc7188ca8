# Many generators created, advanced once, and closed: 300,000 per round,
# 4 rounds.
def worker(k):
    try:
        yield k
        yield k + 1
    finally:
        cleaned[0] += 1

cleaned = [0]
total = 0
for rnd in range(4):
    for i in range(300000):
        g = worker(i + rnd)
        total += next(g)
        g.close()
print("gen_create_close", total, cleaned[0])
