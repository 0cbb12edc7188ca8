def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str", 8])))
print(list(flatten([])), list(flatten(5)))

def flatten_depth(obj, depth):
    for item in obj:
        if isinstance(item, list) and depth > 0:
            yield from flatten_depth(item, depth - 1)
        else:
            yield item

nested = [1, [2, [3, [4]]]]
for d in range(4):
    print(d, list(flatten_depth(nested, d)))

def flatten_iter(obj):
    try:
        it = iter(obj)
    except TypeError:
        yield obj
        return
    if isinstance(obj, str):
        yield from obj if len(obj) > 1 else [obj]
        return
    for x in it:
        yield from flatten_iter(x)

print(list(flatten_iter([range(3), {"k": 1}, "ab", (x for x in [[9], 10])])))

def deep(n):
    v = 0
    for _ in range(n):
        v = [v]
    return v
print(list(flatten(deep(200))))

def count_leaves(obj):
    if not isinstance(obj, list):
        yield obj
        return 1
    total = 0
    for x in obj:
        total += yield from count_leaves(x)
    return total

def driver(obj):
    n = yield from count_leaves(obj)
    yield "leaves=%d" % n

print(list(driver([1, [2, 3], [[4]], []])))
