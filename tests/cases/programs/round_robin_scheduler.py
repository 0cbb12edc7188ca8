from collections import deque

def task(name, steps):
    print(f"  {name} starting")
    for i in range(steps):
        yield f"{name} step {i}"
    print(f"  {name} done")
    return name.upper()

def countdown(n):
    while n > 0:
        received = yield f"countdown {n}"
        n -= 1
    return "liftoff"

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen))
    def run(self):
        tick = 0
        while self.ready:
            name, gen = self.ready.popleft()
            try:
                out = next(gen)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"tick {tick}: {name} finished -> {e.value!r}")
            else:
                print(f"tick {tick}: {out}")
                self.ready.append((name, gen))
            tick += 1
        return self.results

s = Scheduler()
s.spawn("A", task("A", 3))
s.spawn("B", task("B", 1))
s.spawn("C", countdown(2))
s.spawn("D", task("D", 0))
print(s.run())
