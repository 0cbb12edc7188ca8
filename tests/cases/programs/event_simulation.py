from collections import deque

class Sim:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []
    def schedule(self, delay, proc):
        self.seq += 1
        self.queue.append((self.now + delay, self.seq, proc))
        self.queue.sort()
    def process(self, gen):
        self.schedule(0, gen)
    def run(self, until):
        while self.queue:
            t, _, proc = self.queue.pop(0)
            if t > until:
                print(f"[{until}] simulation stopped, {len(self.queue) + 1} pending")
                for _, _, p in [(t, 0, proc)] + self.queue:
                    p.close()
                return
            self.now = t
            try:
                delay = next(proc)
            except StopIteration as e:
                print(f"[{self.now}] process finished: {e.value}")
                continue
            self.schedule(delay, proc)

def car(sim, name, park, drive):
    try:
        trips = 0
        while True:
            print(f"[{sim.now}] {name} parks")
            yield park
            print(f"[{sim.now}] {name} drives")
            yield drive
            trips += 1
            if trips == 2:
                return f"{name} done after {trips} trips"
    finally:
        print(f"[{sim.now}] {name} cleanup")

def clock(sim, tick):
    while True:
        print(f"[{sim.now}] tick")
        yield tick

sim = Sim()
sim.process(car(sim, "car-a", 5, 2))
sim.process(car(sim, "car-b", 3, 3))
sim.process(clock(sim, 4))
sim.run(until=15)
