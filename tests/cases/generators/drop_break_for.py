def numbers():
    try:
        for i in range(10):
            print("yield", i)
            yield i
    finally:
        print("numbers finally")

for n in numbers():
    if n == 2:
        print("breaking")
        break
print("after loop 1")

it = numbers()
for n in it:
    if n == 1:
        break
print("after loop 2 (still referenced)")
print("resume", next(it))
del it
print("after del")

def first(iterable):
    for x in iterable:
        return x

print("first ->", first(numbers()))
print("done")
