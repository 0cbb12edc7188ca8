def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring GeneratorExit")

it = stubborn()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def stubborn2():
    try:
        yield 1
    finally:
        yield 2

it = stubborn2()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# finish it cleanly so no warnings at exit
print(list(it))
