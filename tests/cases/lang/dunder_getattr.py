class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError("no attribute %r here" % name)

d = Dyn()
print(d.real, d.auto_x, getattr(d, "auto_yz"))
try:
    d.missing
except AttributeError as e:
    print(e)
print(hasattr(d, "auto_q"), hasattr(d, "zzz"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)

l = Logged()
l.a = 5
print(l.a)
del l.a
try:
    l.a
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)

class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
print(f.x, f.boom, f.other)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
fr = Frozen(3)
try:
    fr.v = 4
except AttributeError as e:
    print(e)
print(fr.v)
class P: pass
try:
    P().nope
except AttributeError as e:
    print(e)
try:
    (1).nope
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
