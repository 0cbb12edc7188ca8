class S(str): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class D(dict): pass
print(S("a") + "b", type(S("a") + "b").__name__, L([1]) + [2], T((1,)) + (2,), I(2) * 3, F(1.5) + 1, D(a=1) | {"b": 2}, "x" + S("y"), [0] + L([1]), S("%s!") % 5, 3 * L([1]), type(L([1]) * 2).__name__)
