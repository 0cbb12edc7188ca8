def numbers():
    for i in range(6):
        print("  produce", i)
        yield i

it = numbers()
evens = (x for x in it if x % 2 == 0)
odds = (x for x in it if x % 2 == 1)
print(next(evens))
print(next(odds))
print(next(evens))
print(list(odds))
print(list(evens))

it = numbers()
for a in it:
    for b in it:
        print("pair", a, b)
        break
