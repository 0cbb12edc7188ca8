# str += / s = s + t into the same local: growing in place must not be visible through
# other references, the hash cache, or a failed +=.
def f():
    s = "ab"
    t = s
    s += "c"
    print(t, s, t is s)
    u = ""
    for i in range(5):
        u += str(i)
        u = u + "é"
    print(u, len(u), hash(u) == hash("0é1é2é3é4é"), u == "0é1é2é3é4é")
    d = {u: 1}
    u += "x"
    print(d, u in d, u[:-1] in d)
    try:
        u += 5
    except TypeError as e:
        print("err", e, u)
    v = u
    v += v
    print(u, v)
f()
