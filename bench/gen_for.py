# A counting generator consumed by a for loop.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for x in count(8000000):
    total += x & 255
print("gen_for", total)
