import inspect
def selfish():
    yield 1
    print("state inside:", inspect.getgeneratorstate(me), me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.send(None)
    except ValueError as e:
        print("send:", type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", type(e).__name__, e)
    try:
        me.close()
    except ValueError as e:
        print("close:", type(e).__name__, e)
    yield 2

me = selfish()
print(next(me))
print(next(me))
print(me.gi_running)
