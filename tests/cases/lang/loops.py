for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("for-else not reached")

for i in range(3):
    pass
else:
    print("for-else reached, i =", i)

for i in []:
    print("never")
else:
    print("empty loop else")

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("while", n)
else:
    print("while-else not reached")

k = 3
while k:
    k -= 1
else:
    print("while-else reached", k)

found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    else:
        continue
    break
print("found", found)

for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
for i in range(3):
    i = i * 10
print(i)
while True:
    break
print("done")
