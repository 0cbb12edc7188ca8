import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "w") as f:
        for i in range(5):
            f.write(f"line {i}\n")
        f.write("no newline at end")
    with open(path) as f:
        print(iter(f) is f)
        print(repr(next(f)))
        for line in f:
            if line.startswith("line 2"):
                break
        print("after break:", repr(f.readline()))
        print("rest:", [l.rstrip("\n") for l in f])
        print("exhausted:", list(f), next(f, "EOF"))
    with open(path) as f:
        print(sum(1 for _ in f))
    with open(path) as f:
        numbered = list(enumerate(f, 1))
        print(numbered[-1])
    f = open(path)
    f.close()
    try:
        next(f)
    except ValueError as e:
        print(type(e).__name__, e)
    with open(path, "rb") as f:
        print(next(f), len(list(f)))
