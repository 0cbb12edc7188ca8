from collections import namedtuple

Result = namedtuple("Result", "count average")

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
    return Result(count, average)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {
    "girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
    "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46, 1.49],
}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key in sorted(results):
    r = results[key]
    group, unit = key.split(";")
    print(f"{r.count:2} {group:5} averaging {r.average:.2f}{unit}")
print(results["boys;m"])

a = averager()
print(next(a), a.send(10), a.send(30), a.send(5))
