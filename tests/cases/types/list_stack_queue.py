stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1])
while stack:
    print("pop", stack.pop(), "left", len(stack))
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, "z")
print(queue)
lst = [5, 3, 8, 1]
lst[1:3] = []
print(lst)
lst.extend(range(3))
lst.extend("ab")
lst.extend((9,))
print(lst)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([4])
print(nested, shallow)
deep = [row[:] for row in nested]
deep[0][0] = "changed"
print(nested[0][0], deep[0][0])
print([0] * 0, [] * 5, [[0] * 2 for _ in range(2)])
lst2 = [3, 1, 2]
print(sorted(lst2), lst2, lst2.sort(), lst2)
print(list(reversed(lst2)), lst2[::-1] == list(reversed(lst2)))
print(lst2.__len__(), lst2.__getitem__(0), lst2.__contains__(3))
big = list(range(100000))
print(len(big), big[-1], sum(big[::1000]))
del big[10:]
print(big)
print(lst2 * 2, 2 * lst2, lst2 + lst2 == lst2 * 2)
try:
    lst2 * "2"
except TypeError as e:
    print(e)
try:
    lst2 + (1,)
except TypeError as e:
    print(e)
