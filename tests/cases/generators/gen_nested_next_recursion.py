import sys
sys.setrecursionlimit(300)

def chain(n):
    # each generator pulls from a fresh child via next(), not yield from
    yield next(chain(n + 1))

try:
    next(chain(0))
except RecursionError as e:
    print(type(e).__name__, "caught:", "recursion" in str(e))

def guarded(n, limit):
    if n == limit:
        yield n
        return
    child = guarded(n + 1, limit)
    yield next(child)

print(next(guarded(0, 100)))

def recursing_body(n):
    yield n
    yield from recursing_body(n + 1)

g = recursing_body(0)
seen = 0
try:
    for _ in g:
        seen += 1
except RecursionError:
    print("yield from recursion stopped after", seen > 100, "items")
print("retry next:", list(g))

def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def walk(x):
    for item in x:
        yield from walk(item)
    yield len(x)

try:
    print(sum(walk(deep_list(1000))))
except RecursionError:
    print("walk hit RecursionError")
print(sum(walk(deep_list(50))))
print("still works after RecursionError:", list(guarded(0, 3)))
