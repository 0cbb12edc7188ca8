def g():
    try:
        yield 1
    finally:
        print("finally tries to yield")
        yield 2

it = g()
print(next(it))
it.close()
