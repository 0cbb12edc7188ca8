class Done(StopIteration):
    pass

class IterRaisesSub:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise Done("sub value")
        return self.i

def delegate(it):
    r = yield from it
    yield ("result", r)

print(list(delegate(IterRaisesSub())))

for v in IterRaisesSub():
    print("for sees", v)

def gen_raises_sub():
    yield 1
    raise Done("inside generator")

try:
    print(list(delegate(gen_raises_sub())))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)

def gen_returns_sub_instance():
    yield 1
    return Done("returned, not raised")

out = list(delegate(gen_returns_sub_instance()))
print(out[0], out[1][0], type(out[1][1]).__name__, out[1][1].args)

def catch_sub():
    try:
        yield from gen_raises_sub()
    except RuntimeError:
        yield "converted"
    except Done:
        yield "not converted?!"

print(list(catch_sub()))

class DoneWithValue(StopIteration):
    def __init__(self):
        super().__init__("custom init value")

class It2:
    def __iter__(self):
        return self
    def __next__(self):
        raise DoneWithValue()

print(list(delegate(It2())))
