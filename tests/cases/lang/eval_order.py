log = []
def t(name, val=None):
    log.append(name)
    return val if val is not None else name

def f(*a, **k):
    return a, k
f(t("a1"), t("a2"), k1=t("k1"), k2=t("k2"))
print(log); log.clear()
d = {t("key1"): t("val1"), t("key2"): t("val2")}
print(log); log.clear()
x = [t("e1"), t("e2")][t("idx", 0)]
print(log); log.clear()
t("lhs", 1) + t("rhs", 2) * t("mul", 3)
print(log); log.clear()
store = {}
store[t("target_key")] = t("value")
print(log); log.clear()
a = b = t("chained")
print(log, a, b); log.clear()
t("obj", [0])[t("i", 0)] = t("rhs")
print(log); log.clear()
t("cond", 1) and t("and_rhs")
t("cond0", 0) or t("or_rhs")
print(log); log.clear()
res = t("then") if t("test", True) else t("else")
print(log); log.clear()
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 99
print(i, lst)
k = [0, 0]
j = 0
k[j], j = 5, 1
print(k, j)
print([t("c%d" % n) for n in range(3)], log); log.clear()
t("fn", print)(t("arg"))
print(log); log.clear()
