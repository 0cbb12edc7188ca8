def g():
    yield 1

it = g()
print(list(it))
try:
    it.throw(ValueError("after end"))
except ValueError as e:
    print("ValueError raised directly:", e)
try:
    it.throw(TypeError)
except TypeError as e:
    print("TypeError", repr(e))
try:
    it.throw(StopIteration("sv"))
except StopIteration as e:
    print("StopIteration passes through", e.value)
try:
    it.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit raised", repr(e))
