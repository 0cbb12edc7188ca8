# 1,000,000 suspended generators held in a list (measured by peak memory).
# bench: memory  (bench/run reports peak RSS; the time matters less)
def gen(i):
    x = i * 2
    yield x
    yield x + 1

gens = [gen(i) for i in range(1000000)]
total = 0
for g in gens:
    total += next(g)
print("gen_suspended", len(gens), total)
