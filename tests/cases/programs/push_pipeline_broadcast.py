import re

def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    start.__name__ = func.__name__
    return start

@coroutine
def grep(pattern, target, name):
    regex = re.compile(pattern)
    try:
        while True:
            line = yield
            if regex.search(line):
                target.send(line)
    finally:
        print(f"  grep {name} closing target")
        target.close()

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        print("  broadcast closing", len(targets), "targets")
        for t in targets:
            t.close()

@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print("  printer", prefix, "got GeneratorExit")
    finally:
        print("  printer", prefix, "finally")

@coroutine
def collector(store):
    while True:
        store.append((yield))

def source(lines, target):
    for line in lines:
        target.send(line)
    target.close()

found = []
lines = ["python generators", "Rust coroutines", "python coroutines", "nothing here", "PYTHON upper"]
source(lines, broadcast([
    grep(r"python", printer("[py]"), "py"),
    grep(r"(?i)python", collector(found), "ipy"),
    grep(r"corou\w+$", printer("[co]"), "co"),
]))
print(found)
