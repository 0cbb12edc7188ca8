class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % (self.k,)

d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(hash(Key(5)) == hash(5))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p == Plain())

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)

class Child(Key):
    pass
print(hash(Child(3)) == hash(3))

class EqChild(Key):
    def __eq__(self, o):
        return False
try:
    hash(EqChild(1))
except TypeError as e:
    print(e)

class HashBig:
    def __hash__(self):
        return 2 ** 70
print(type(hash(HashBig())).__name__)
class HashBad:
    def __hash__(self):
        return "x"
try:
    hash(HashBad())
except TypeError as e:
    print(e)
