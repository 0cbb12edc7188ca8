def g(i):
    try:
        yield i
    finally:
        print("finalize", i)

for i in range(3):
    it = g(i)
    print("started", next(it))
print("loop over, last still alive")
del it
print("---")
holders = [g(i) for i in range(3)]
for h in holders:
    next(h)
del h
print("rebinding list")
holders = []
print("done")
