def inner():
    yield "i"

def g():
    print("  inside: running", me.gi_running, "frame is live", me.gi_frame is not None,
          "yieldfrom", me.gi_yieldfrom)
    yield 1
    yield from inner()
    return 5

def show(label):
    yf = me.gi_yieldfrom
    print(label, "| running", me.gi_running, "| frame", me.gi_frame is not None,
          "| code", me.gi_code.co_name,
          "| yieldfrom", None if yf is None else yf.__name__)

me = g()
show("created")
next(me)
show("after first yield")
next(me)
show("inside yield from")
try:
    next(me)
except StopIteration:
    pass
show("finished")

me = g()
me.close()
show("closed unstarted")

me = g()
next(me)
try:
    me.throw(KeyError)
except KeyError:
    pass
show("after uncaught throw")

def lazy():
    yield 1
gen = lazy()
print(gen.gi_frame.f_code is gen.gi_code, gen.gi_code.co_name, gen.gi_code.co_argcount)
print(type(gen.gi_running).__name__, type(gen.gi_code).__name__)
for attr in ("gi_running", "gi_frame", "gi_code", "gi_yieldfrom"):
    try:
        setattr(gen, attr, None)
        print(attr, "settable?!")
    except AttributeError as e:
        print(attr, type(e).__name__)
