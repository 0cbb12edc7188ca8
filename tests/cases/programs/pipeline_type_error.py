import re

def coroutine(f):
    def start(*a):
        g = f(*a)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, target):
    regex = re.compile(pattern)
    while True:
        line = yield
        if regex.search(line):
            target.send(line)

@coroutine
def printer():
    while True:
        print("match:", (yield))

p = grep(r"\d+", printer())
for item in ["abc 12", "no digits", "7 dwarves", 42, "never sent"]:
    p.send(item)
