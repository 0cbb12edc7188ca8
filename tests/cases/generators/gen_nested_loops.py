def grid(n, m):
    for i in range(n):
        if i == 1:
            continue
        for j in range(m):
            if j == 2:
                continue
            if i == 3 and j == 3:
                break
            yield i, j
        else:
            yield "row", i, "complete"
    else:
        yield "grid complete"

for item in grid(5, 5):
    print(item)

def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            yield (r, c)
            if v == target:
                return (r, c)

g = search([[1, 2], [3, 4], [5, 6]], 4)
visited = []
try:
    while True:
        visited.append(next(g))
except StopIteration as e:
    print(visited, "found at", e.value)
