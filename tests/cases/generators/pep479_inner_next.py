def first_two(it):
    yield next(it)
    yield next(it)

print(list(first_two(iter([1, 2, 3]))))
try:
    print(list(first_two(iter([1]))))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def safe_first_two(it):
    for _ in range(2):
        try:
            yield next(it)
        except StopIteration:
            return

print(list(safe_first_two(iter([1]))))

def with_default(it):
    yield next(it, "default")
    yield next(it, "default")

print(list(with_default(iter(["x"]))))
