def consumer(name):
    print(f"  {name} ready")
    consumed = []
    try:
        while True:
            item = yield len(consumed)
            if item is None:
                break
            print(f"  {name} consumed {item!r}")
            consumed.append(item)
    finally:
        print(f"  {name} shutting down after {len(consumed)} items")
    return consumed

def producer(items, consumers):
    for c in consumers:
        next(c)
    for i, item in enumerate(items):
        c = consumers[i % len(consumers)]
        count = c.send(item)
        print(f"produced {item!r}, consumer now has {count}")
    results = []
    for c in consumers:
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
    return results

print(producer(["apple", "banana", "cherry", "date", "elder"], [consumer("c1"), consumer("c2")]))
