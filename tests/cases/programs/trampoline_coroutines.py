from collections import deque

class SystemCall:
    pass

class GetTid(SystemCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)

class NewTask(SystemCall):
    def __init__(self, target):
        self.target = target
    def handle(self, sched, task):
        tid = sched.new(self.target)
        task.sendval = tid
        sched.schedule(task)

class Task:
    next_id = 0
    def __init__(self, target):
        Task.next_id += 1
        self.tid = Task.next_id
        self.target = target
        self.sendval = None
    def run(self):
        return self.target.send(self.sendval)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.taskmap = {}
    def new(self, target):
        t = Task(target)
        self.taskmap[t.tid] = t
        self.schedule(t)
        return t.tid
    def schedule(self, task):
        self.ready.append(task)
    def mainloop(self):
        while self.taskmap:
            task = self.ready.popleft()
            try:
                result = task.run()
                if isinstance(result, SystemCall):
                    result.handle(self, task)
                    continue
            except StopIteration as e:
                print(f"task {task.tid} exited with {e.value!r}")
                del self.taskmap[task.tid]
                continue
            self.schedule(task)

def worker(name, n):
    tid = yield GetTid()
    for i in range(n):
        print(f"{name} (tid {tid}) iteration {i}")
        yield
    return name + " finished"

def spawner():
    tid = yield GetTid()
    print("spawner tid", tid)
    child = yield NewTask(worker("child", 2))
    print("spawned child", child)
    yield
    return "spawner done"

s = Scheduler()
s.new(worker("foo", 2))
s.new(spawner())
s.new(worker("bar", 1))
s.mainloop()
