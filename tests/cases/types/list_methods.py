lst = [3, 1, 4, 1, 5]
lst.append(9)
lst.extend([2, 6])
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 50)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count(7))
lst.remove(1)
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[50] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst["a"]
except TypeError as e:
    print(type(e).__name__, e)
c = lst.copy()
c.reverse()
print(c, lst)
c.clear()
print(c, len(lst))
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
x = [1, 2]
y = x
x += [3]
print(y, x is y)
x = x + [4]
print(y, x)
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1,)))
