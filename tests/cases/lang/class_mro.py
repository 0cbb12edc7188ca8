class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print([k.__name__ for k in AA.__mro__])

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class W(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

class M1:
    def who(self): return "M1"
class M2:
    def who(self): return "M2"
    def only2(self): return "only2"
class Mix(M1, M2): pass
print(Mix().who(), Mix().only2())
print(Mix.__bases__ == (M1, M2))
