from collections import deque
graph = {
    "A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [], "G": ["A"],
}
def bfs(start):
    seen = {start: None}
    q = deque([start])
    order = []
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = node
                q.append(nxt)
    return order, seen
order, parents = bfs("A")
print(order)
path, node = [], "F"
while node:
    path.append(node)
    node = parents[node]
print(path[::-1])
def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for n in graph[node]:
        if n not in visited:
            dfs(n, visited)
    return visited
print(dfs("G"))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo())
weights = {("A", "B"): 4, ("A", "C"): 1, ("C", "B"): 2, ("B", "D"): 1, ("C", "D"): 5}
adj = {}
for (u, v), w in weights.items():
    adj.setdefault(u, []).append((v, w))
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    pq.sort()
    d, u = pq.pop(0)
    if d > dist.get(u, float("inf")):
        continue
    for v, w in adj.get(u, []):
        if d + w < dist.get(v, float("inf")):
            dist[v] = d + w
            pq.append((d + w, v))
print(sorted(dist.items()))
