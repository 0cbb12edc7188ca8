from collections import deque

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, task, value = self.ready.popleft()
            try:
                request = task.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(name + " done")
                continue
            except Exception as e:
                self.results[name] = "failed: " + type(e).__name__
                self.log.append(name + " failed")
                continue
            if request == "spawn-child":
                self.spawn(name + ".child", counter(name + ".child", 2))
                self.ready.append((name, task, "spawned"))
            else:
                self.log.append("%s yielded %r" % (name, request))
                self.ready.append((name, task, request * 2 if isinstance(request, int) else None))

def counter(name, n):
    total = 0
    for i in range(n):
        reply = yield i
        total += reply if reply is not None else 0
    return total

def spawner():
    reply = yield "spawn-child"
    yield reply
    return "spawner finished"

def crasher():
    yield 1
    raise ValueError("boom")

s = Scheduler()
s.spawn("a", counter("a", 3))
s.spawn("b", counter("b", 1))
s.spawn("sp", spawner())
s.spawn("c", crasher())
s.run()
for line in s.log:
    print(line)
for k in sorted(s.results):
    print(k, "=>", s.results[k])

def ping(n, out):
    for i in range(n):
        out.append("ping %d" % i)
        yield

def pong(n, out):
    for i in range(n):
        out.append("pong %d" % i)
        yield

out = []
q = deque([ping(3, out), pong(2, out)])
while q:
    t = q.popleft()
    try:
        next(t)
        q.append(t)
    except StopIteration:
        out.append("task ended")
print(out)
