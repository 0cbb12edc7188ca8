def g():
    yield "only"
    return "the value"

it = g()
print(next(it))
print(next(it))
