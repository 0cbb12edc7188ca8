def coroutine(f):
    def start(*a):
        g = f(*a)
        next(g)
        return g
    return start

@coroutine
def sink(name):
    count = 0
    try:
        while True:
            item = yield
            count += 1
            print(f"  {name} <- {item}")
    finally:
        print(f"  {name} finally: received {count}")

@coroutine
def stage(name, fn, target):
    try:
        while True:
            item = yield
            target.send(fn(item))
    except GeneratorExit:
        print(f"  {name} closing downstream")
        target.close()
        raise
    finally:
        print(f"  {name} finally")

chain = stage("double", lambda x: x * 2, stage("inc", lambda x: x + 1, sink("out")))
for v in range(3):
    chain.send(v)
print("closing head")
chain.close()
print("head closed")

chain = stage("upper", str.upper, sink("s2"))
chain.send("a")
print("dropping head by reassignment")
chain = None
print("end")
