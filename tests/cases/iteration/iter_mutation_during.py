s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 100
print(d)
it = iter(lst)
lst.extend([7, 8])
print(list(it))
dq_like = [0]
for i in dq_like:
    if i < 4:
        dq_like.append(i + 1)
print(dq_like)
b = bytearray(b"ab")
it = iter(b)
b.append(99)
print(list(it))
