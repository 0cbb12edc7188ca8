class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def add(self, k):
        return self.n + k

a = C(1)
b = C(2)
m = a.get
print(m(), m.__self__ is a, m.__func__ is C.get, m.__name__)
print(C.get(b), C.add(a, 10), a.add(5))
print(a.get == a.get, a.get == b.get, a.get is a.get)
bound = [x.get for x in (a, b)]
print([f() for f in bound])
f = C.add
print(f(b, 3), type(f).__name__, type(a.add).__name__)
a.n = 100
print(m())
m2 = a.add
del a
print(m2(1))
class D:
    def plain():
        return "no self"
print(D.plain())
try:
    D().plain()
except TypeError as e:
    print(type(e).__name__, e)
class E:
    x = 1
    def method(self):
        return self.x
e = E()
e.method = lambda: "instance override"
print(e.method(), E.method(e))
print(list(map(C.get, [C(7), C(8)])), sorted([C(3), C(1)], key=C.get)[0].n)
print([].append.__self__ == [], "abc".upper.__self__, (5).bit_length())
