# Values pulled through a chain of 20 nested `yield from`.
def leaf(n):
    for i in range(n):
        yield i
    return n

def relay(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from relay(depth - 1, n)
    return r + 1

total = 0
g = relay(19, 1200000)   # 20 generator frames between the loop and the leaf
for v in g:
    total += v
print("gen_yieldfrom", total)

# the return value travels back up the chain
def outer():
    r = yield from relay(19, 10)
    yield r

print("gen_yieldfrom result", list(outer())[-1])
