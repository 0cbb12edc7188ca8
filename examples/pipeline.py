# A lazy generator pipeline with a coroutine "nanoservice" fed by send().
import hashlib

def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def squares(src):
    for x in src:
        yield x * x

def md5_service():
    output = None
    while (s := (yield output)) is not None:
        output = hashlib.md5(s.encode()).hexdigest()

total = sum(x for x in squares(numbers(1000)) if x % 3 == 0)
print("sum of squares divisible by 3:", total)
svc = md5_service()
next(svc)
for word in ["hello", "coil"]:
    print(word, svc.send(word))
svc.close()
