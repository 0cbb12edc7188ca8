import sys
sys.setrecursionlimit(25000)

log = []

def chain(n):
    if n == 0:
        total = 0
        try:
            while True:
                v = yield total
                if v is None:
                    return total
                total += v
        except KeyError as e:
            log.append("leaf caught " + str(e.args[0]))
            return "leaf handled"
        finally:
            log.append("leaf finally")
    else:
        try:
            r = yield from chain(n - 1)
        finally:
            if n % 2500 == 0:
                log.append("level %d finally" % n)
        return r

DEPTH = 10000
g = chain(DEPTH)
print(next(g))
for v in (1, 2, 3):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(log)

log.clear()
g = chain(DEPTH)
next(g)
try:
    g.throw(KeyError("deep"))
except StopIteration as e:
    print("throw ->", e.value)
print(log)

log.clear()
g = chain(DEPTH)
next(g)
g.send(5)
print(g.close())
print(log)

log.clear()
g = chain(DEPTH)
next(g)
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", type(e).__name__, e)
print(log, g.gi_frame is None)
