import re
from collections import namedtuple

Token = namedtuple("Token", "kind value pos")
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/=()]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))

def tokenize(text):
    line = 1
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP":
            continue
        if kind == "NEWLINE":
            line += 1
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} on line {line}")
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        yield Token(kind, value, m.span())

def evaluator():
    """State machine: NAME '=' expr-of-numbers-and-plus."""
    env = {}
    state = "start"
    target = None
    acc = 0
    while True:
        tok = yield state
        if tok is None:
            return env
        if state == "start" and tok.kind == "NAME":
            target, state = tok.value, "have_name"
        elif state == "have_name" and tok.value == "=":
            acc, state = 0, "expr"
        elif state == "expr" and tok.kind == "NUMBER":
            acc += tok.value
            env[target] = acc
            state = "after_operand"
        elif state == "expr" and tok.kind == "NAME":
            acc += env.get(tok.value, 0)
            env[target] = acc
            state = "after_operand"
        elif state == "after_operand" and tok.value == "+":
            state = "expr"
        elif state == "after_operand" and tok.kind == "NAME":
            target, state = tok.value, "have_name"
        else:
            state = "error at " + str(tok.pos)

src = "x = 1 + 2\ny = x + 10.5\nz = y + x + 3"
for t in tokenize(src):
    print(t)
ev = evaluator()
print(next(ev))
for t in tokenize(src):
    print(t.kind, repr(t.value), "->", ev.send(t))
try:
    ev.send(None)
except StopIteration as e:
    print("env:", e.value)
try:
    list(tokenize("a = 1\nb = $"))
except SyntaxError as e:
    print(type(e).__name__, e)
