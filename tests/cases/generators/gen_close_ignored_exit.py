def stubborn(state):
    while state["on"]:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring GeneratorExit")

state = {"on": True}
it = stubborn(state)
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
state["on"] = False
print("drain:", list(it))

def stubborn2():
    try:
        yield 1
    finally:
        print("finally yields")
        yield 2
        print("after yield in finally")

it2 = stubborn2()
next(it2)
try:
    it2.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# resuming re-raises the pending GeneratorExit at the end of the finally block
try:
    print(list(it2))
except GeneratorExit as e:
    print("resumed:", type(e).__name__)
try:
    next(it2)
except StopIteration:
    print("now exhausted")
