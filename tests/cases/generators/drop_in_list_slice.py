def g(i):
    try:
        yield i
    finally:
        print("close", i)

lst = [g(i) for i in range(5)]
for it in lst:
    next(it)
del it
print("del slice")
del lst[1:3]
print("remaining", len(lst))
print("replace index 0")
lst[0] = None
print("pop last")
lst.pop()
print("end of program")
