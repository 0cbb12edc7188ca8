class P:
    __slots__ = ('x', '__p')
print(P.x, type(P.x), list(P.__dict__.keys()), P._P__p)
p = P()
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
try: P.x.__get__(5)
except TypeError as e: print(e)
p.x = 3
p._P__p = 4
print(p.x, p._P__p, hasattr(p, '__dict__'))
try: p.y = 1
except AttributeError as e: print(e)
class E(Exception): __slots__ = ('a',)
e = E(); e.a = 1; print(e.a)
try:
    class C:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
class D(P): pass
d = D(); d.x = 1; d.y = 2; print(vars(d), d.x)
class WD:
    __slots__ = ('a', '__dict__')
w = WD(); w.a = 1; w.b = 2; print(w.a, w.__dict__)
class Q:
    __slots__ = 'single'
q = Q(); q.single = 5; print(q.single, Q.__slots__)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e: print(e)
class S2(P):
    __slots__ = ('z',)
s = S2(); s.x = 1; s.z = 2; print(s.x, s.z, sorted(k for k in dir(s) if not k.startswith('__')))
class Pt:
    __slots__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'Pt({self.a}, {self.b})'
print(Pt(1, 2), [Pt(i, i) for i in range(2)])
