def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally returns")
        return "from finally"

it = g()
next(it)
print("close ->", it.close())
print("frame:", it.gi_frame)
print("next after close:", list(it))

it = g()
print(list(it))

it = g()
next(it)
try:
    it.throw(ValueError("swallowed by return"))
except StopIteration as e:
    print("throw -> StopIteration", e.value)

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
            return "inner"
    finally:
        print("outer finally")

it = nested()
next(it)
print("close ->", it.close())

def finally_in_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
            if i == 1:
                return "stop"

it = finally_in_loop()
next(it)
next(it)
print("close ->", it.close())
print(it.gi_frame)
