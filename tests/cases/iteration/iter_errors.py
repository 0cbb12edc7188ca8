for obj in (5, 3.5, None, True, object()):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
for obj in ([1], "s", (1,), {1: 2}, range(3)):
    try:
        next(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for x in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 7
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.items())
except TypeError as e:
    print(type(e).__name__, e)
