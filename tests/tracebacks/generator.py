def gen():
    yield 1
    yield int("x")
def use():
    for v in gen():
        print(v)
use()
