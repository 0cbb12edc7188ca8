# __context__ of an exception passed to throw() is set only from what the
# generator(s) receiving it are handling, never from the caller's handler.
def g():
    yield 1

def run(label, it):
    try:
        raise OSError("caller")
    except OSError:
        try:
            it.throw(KeyError(label))
        except KeyError as e:
            print(label, repr(e.__context__))

it = g()
next(it)
run("suspended", it)
run("unstarted", g())
it = g()
next(it)
list(it)
run("finished", it)

def inner_handling():
    try:
        raise IndexError("inner handling")
    except IndexError:
        yield 1

def outer_handling(sub):
    try:
        raise TypeError("outer handling")
    except TypeError:
        yield from sub

it = outer_handling(g())
next(it)
run("only outer handling", it)
it = outer_handling(inner_handling())
next(it)
run("both handling", it)
