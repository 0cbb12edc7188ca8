def noisy():
    try:
        yield 1
    finally:
        print("finally raising")
        raise ValueError("raised in finally during drop")

g = noisy()
next(g)
print("dropping g")
del g
print("program continues after ignored exception")
