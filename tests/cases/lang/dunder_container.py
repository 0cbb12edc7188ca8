class Grid:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        print("contains", key)
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))

g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], len(g))
print(g[1:5], g[::2], g[:])
print((1, 2) in g, (9, 9) in g)
print(list(g))
del g[0, 0]
print(len(g))
try:
    g[5, 5]
except KeyError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print("it", v)
a, b, *c = s
print(a, b, c)

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))

class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print(type(e).__name__, e)
class BadType:
    def __len__(self):
        return "x"
try:
    len(BadType())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(e)
