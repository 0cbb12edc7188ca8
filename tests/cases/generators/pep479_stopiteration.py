def bad():
    yield 1
    raise StopIteration("oops")

try:
    for x in bad():
        print("got", x)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress_context:", e.__suppress_context__)

def bad2():
    yield 1
    raise StopIteration

try:
    print(list(bad2()))
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__))

def ok():
    yield 1
    try:
        raise StopIteration
    except StopIteration:
        print("caught inside generator")
    yield 2

print(list(ok()))
