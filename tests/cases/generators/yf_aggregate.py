def count_words(text):
    n = 0
    for w in text.split():
        yield w
        n += 1
    return n

def count_all(texts):
    totals = []
    for t in texts:
        n = yield from count_words(t)
        totals.append(n)
    return totals

def report(texts):
    totals = yield from count_all(texts)
    print("totals", totals, "sum", sum(totals))

words = list(report(["a b c", "", "hello world", "x"]))
print(words)

def tree_sum(node):
    if isinstance(node, int):
        yield node
        return node
    s = 0
    for child in node:
        s += yield from tree_sum(child)
    return s

g = tree_sum([1, [2, 3], [[4], 5]])
leaves = []
while True:
    try:
        leaves.append(next(g))
    except StopIteration as e:
        print(leaves, "sum", e.value)
        break
