from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(1), d.index(3), 3 in d, list(reversed(d)))
d.remove(3)
print(d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
e = deque("abc")
e.reverse()
print(e, e.copy() == e, deque() == deque([]), list(e), repr(deque(maxlen=2)))
e.clear()
print(e, bool(e))
d2 = deque([1, 2])
d2[0] = 9
del d2[1]
print(d2, deque([[1], "s"]))
