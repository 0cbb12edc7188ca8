def source(n):
    for i in range(n):
        print("source yields", i)
        yield i

def square(it):
    for x in it:
        print("  square", x)
        yield x * x

def only_odd(it):
    for x in it:
        if x % 2:
            print("    keep", x)
            yield x
        else:
            print("    drop", x)

pipe = only_odd(square(source(5)))
print("pipeline built, nothing ran")
print("first:", next(pipe))
print("rest:", list(pipe))

pipe = (y + 1 for y in map(lambda v: v * 10, filter(lambda v: v != 1, source(3))))
print("genexpr pipeline built")
for v in pipe:
    print("got", v)

def take(n, it):
    for _ in range(n):
        yield next(it)

print(list(take(2, only_odd(square(source(10))))))
