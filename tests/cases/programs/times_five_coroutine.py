def times_five():
    result = None
    while True:
        value = yield result
        print("  received", repr(value))
        result = value * 5

tf = times_five()
print(next(tf))
for v in [1, 7, -2, 2.5, "ab", [1, 0], (None,), True]:
    print(repr(tf.send(v)))
try:
    tf.send({"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
print("after error:", next(tf, "generator finished"))
tf2 = times_five()
next(tf2)
print(tf2.send(3))
tf2.close()
try:
    tf2.send(4)
except StopIteration:
    print("closed coroutine raises StopIteration")
