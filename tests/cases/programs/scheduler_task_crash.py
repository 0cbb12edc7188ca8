from collections import deque

def task(name, n, crash_at=None):
    for i in range(n):
        if i == crash_at:
            raise KeyError(f"{name} crashed at step {i}")
        print(f"{name} step {i}")
        yield

ready = deque([task("A", 3), task("B", 4, crash_at=2), task("C", 3)])
while ready:
    t = ready.popleft()
    try:
        next(t)
    except StopIteration:
        continue
    ready.append(t)
print("unreachable")
