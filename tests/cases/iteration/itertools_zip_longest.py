import itertools as it
print(list(it.zip_longest("abc", [1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.zip_longest()))
print(list(it.zip_longest([], [], fillvalue=0)))
print(list(it.zip_longest("a", "bc", "def", fillvalue=None)))
def gen(name, n):
    for i in range(n):
        print("  ", name, i)
        yield i
print(list(it.zip_longest(gen("a", 1), gen("b", 3), fillvalue="x")))
try:
    it.zip_longest([1], fill=0)
except TypeError as e:
    print(type(e).__name__, e)
