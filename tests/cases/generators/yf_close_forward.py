def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed")

def catches():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise

g = catches()
next(g)
g.close()
print("done")
