import sys
sys.setrecursionlimit(200)

def nested(n):
    yield n
    yield from nested(n + 1)

g = nested(0)
count = 0
try:
    for v in g:
        count += 1
except RecursionError as e:
    print(type(e).__name__, count > 50)
print("gen state finished:", g.gi_frame is None)
