def g():
    yield from (x * x for x in range(4))
    yield from (c.upper() for c in "ab" if c != "b")
    r = yield from (i for i in [])
    yield r

print(list(g()))

def flatten(rows):
    yield from (cell for row in rows for cell in row)

print(list(flatten([[1, 2], [], [3]])))

ge = (y for y in range(3))
def wrap():
    yield from ge
next(ge)
print(list(wrap()))
print(list(wrap()))

def send_to_genexpr():
    yield from (x for x in range(3))
s = send_to_genexpr()
next(s)
try:
    s.send(5)
except TypeError as e:
    print("unexpected", e)
else:
    print("send to genexpr ok")
print(list(s))
