import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(operator.add, [], 0), functools.reduce(operator.add, [5]), functools.reduce(operator.add, [1, 2], 100))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(functools.reduce(operator.concat, ["a", "b", "c"]))
steps = []
def trace(a, b):
    steps.append((a, b))
    return a + b
functools.reduce(trace, [1, 2, 3], 10)
print(steps)
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(functools.reduce(operator.mul, iter([2, 3, 4])))
