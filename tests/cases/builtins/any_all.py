print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("") , all(""), any(" "), all([[], [1]]), any([[], [1]]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [5, 3, 0, 9]), seen)
print(any({0: "a"}), any({1: 0}), all({0: 1}), any(iter([None, False, 0.0, ""])))
try:
    any(5)
except TypeError as e:
    print(e)
print(type(any([])).__name__, any([1, 2]) is True)
