def tb_names(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names

def leaf():
    yield 1
    raise ValueError("leaf failure")

def middle():
    yield from leaf()

def top():
    yield from middle()

try:
    list(top())
except ValueError as e:
    print("yield from chain:", tb_names(e))

def via_next():
    it = leaf()
    next(it)
    next(it)
    yield

try:
    next(via_next())
except ValueError as e:
    print("via next():", tb_names(e))

def via_for():
    for x in leaf():
        yield x

try:
    list(via_for())
except ValueError as e:
    print("via for:", tb_names(e))

try:
    list(x for x in leaf())
except ValueError as e:
    print("via genexpr:", tb_names(e))

g = top()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown through chain:", tb_names(e))

def lineno_probe():
    yield 1
    raise IndexError

g = lineno_probe()
next(g)
try:
    next(g)
except IndexError as e:
    tb = e.__traceback__.tb_next
    print("line offset in generator:", tb.tb_lineno - lineno_probe.__code__.co_firstlineno)
