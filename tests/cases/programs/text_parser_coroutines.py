import re

def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start

TAG = re.compile(r"<(/?)(\w+)>|([^<]+)")

def feed(text, target):
    for m in TAG.finditer(text):
        closing, name, data = m.groups()
        if name:
            target.send(("end" if closing else "start", name))
        elif data.strip():
            target.send(("text", data.strip()))
    target.close()

@coroutine
def tree_builder(result):
    stack = [("root", [])]
    try:
        while True:
            event, value = yield
            if event == "start":
                stack.append((value, []))
            elif event == "end":
                name, children = stack.pop()
                if name != value:
                    raise ValueError(f"mismatched </{value}>, expected </{name}>")
                stack[-1][1].append((name, children))
            else:
                stack[-1][1].append(value)
    finally:
        result.extend(stack[0][1])
        print("  tree builder finished, depth left:", len(stack) - 1)

@coroutine
def event_printer(depth=0):
    while True:
        event, value = yield
        if event == "end":
            depth -= 1
        print("  " * depth + f"{event}:{value}")
        if event == "start":
            depth += 1

doc = "<doc><title>Generators</title><body><p>yield</p><p>send <b>throw</b></p></body></doc>"
feed(doc, event_printer())
result = []
feed(doc, tree_builder(result))
print(result)
bad = []
try:
    feed("<a><b>x</a>", tree_builder(bad))
except ValueError as e:
    print(type(e).__name__, e)
print(bad)
