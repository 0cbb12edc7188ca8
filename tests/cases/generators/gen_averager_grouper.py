def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25], "empty": []}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key in sorted(results):
    count, avg = results[key]
    print(key, count, None if avg is None else round(avg, 3))

a = averager()
print(next(a))
print([a.send(x) for x in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
