# 'in' for lists (comparisons that mutate the list, NaN identity), dicts with int,
# str, tuple and big-int keys and hashes near the modulus, and __eq__ callbacks.
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o)
        if self.v == 2:
            lst.clear()
        return False
    def __hash__(self): return 1
lst = [E(1), E(2), E(3)]
print(5 in lst, E(9) in [1, 2], 2 in [1, 2.0], float("nan") in [float("nan")])
n = float("nan"); print(n in [n], n in {n: 1}, n in (n,))
d = {1: "a", "k": 2, (1, 2): 3, 2**70: 4, -1: 5, -2: 6, 2**61 - 1: 7, -(2**61 - 1): 8, 2**61: 9, -(2**63): 10}
print(1 in d, "k" in d, (1, 2) in d, 2**70 in d, 1.0 in d, True in d, 3 in d, [hash(x) for x in (-1, -2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**63 - 1, -(2**63), 0, 12345)])
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        print("K.eq")
        return True
print(K() in {1: 0}, 1 in {K(): 0})
try:
    [] in d
except TypeError as e:
    print(e)
