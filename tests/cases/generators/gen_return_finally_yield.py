def g():
    try:
        yield 1
        return "returned"
    finally:
        print("finally before yield")
        yield "in finally"
        print("finally after yield")

it = g()
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", repr(e.value))

def override():
    try:
        return "try value"
    finally:
        return "finally value"
    yield

try:
    next(override())
except StopIteration as e:
    print("overridden:", e.value)

def swallow():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "swallowed"

it = swallow()
next(it)
try:
    next(it)
except StopIteration as e:
    print("swallow:", e.value)
