log = []

class R:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            log.append("fail enter " + self.name)
            raise OSError("cannot open " + self.name)
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return False

with R("a") as a, R("b") as b:
    log.append("body %s %s" % (a.name, b.name))
print(log); log.clear()

try:
    with R("a"), R("b", fail_enter=True), R("c"):
        log.append("body")
except OSError as e:
    log.append("caught " + str(e))
print(log); log.clear()

with (R("p") as p,
      R("q") as q):
    log.append("paren body")
print(log); log.clear()

try:
    with R("x") as x:
        with R("y"):
            raise ValueError("v")
except ValueError:
    log.append("handled")
print(log); log.clear()

with R("t") as (t):
    pass
print(t.name)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (one, two):
    print(one, two)
d = {}
with Pair() as d["k"]:
    pass
print(d)
