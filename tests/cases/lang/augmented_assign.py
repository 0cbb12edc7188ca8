x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 0b1010
n &= 0b0110; print(n)
n |= 0b1000; print(n)
n ^= 0b0011; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"k": 1}
d["k"] += 10
d.setdefault("m", []).append(1)
print(d)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 5
print(arr)
calls = []
def idx():
    calls.append("idx")
    return 0
lst = [100]
lst[idx()] += 1
print(lst, calls)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
y = None
try:
    y += 1
except TypeError as e:
    print(e)
