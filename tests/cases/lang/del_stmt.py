x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class O:
    pass
o = O()
o.attr = 5
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)

def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "%s: %s" % (type(e).__name__, e)
print(f())

a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(e)
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
