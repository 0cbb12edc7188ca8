counter = 0

def bump():
    global counter
    while True:
        counter += 1
        yield counter

b = bump()
print(next(b), next(b), counter)
counter = 100
print(next(b), counter)

def make():
    state = {"n": 0}
    shared = 0
    def gen():
        nonlocal shared
        while True:
            shared += 1
            got = yield shared
            if got is not None:
                shared = got
    def peek():
        return shared
    return gen(), peek

g, peek = make()
print(next(g), next(g), peek())
print(g.send(50), peek())

def late_binding():
    x = "before"
    def gen():
        while True:
            yield x
    it = gen()
    print(next(it))
    x = "after"
    print(next(it))
    del x
    try:
        next(it)
    except NameError as e:
        print(type(e).__name__, e)

late_binding()

def closure_inside():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
        yield [f() for f in fns]

print(list(closure_inside()))

def cell_generators():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i * 10
        gens.append(g())
    return gens

print([next(x) for x in cell_generators()])
