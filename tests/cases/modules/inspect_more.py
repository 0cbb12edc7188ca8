import inspect, types, functools

def plain(a, b=1):
    """Doc line.

        indented more
    back
    """
    return a

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

class K:
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @property
    def prop(self):
        return 1

print(inspect.isfunction(plain), inspect.isfunction(K.method), inspect.ismethod(K().method), inspect.isclass(K), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(plain))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c), inspect.isawaitable(gen()))
c.close()
print(inspect.getcoroutinestate(c), inspect.isasyncgen(agen()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(plain))
print(inspect.isgeneratorfunction(functools.partial(gen)), inspect.isgeneratorfunction(K().method))
print(inspect.getdoc(plain))
print(repr(inspect.cleandoc("  first\n    second\n      third\n")))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
wrapped = deco(deco(plain))
print(inspect.unwrap(wrapped) is plain, inspect.unwrap(wrapped, stop=lambda f: f is not wrapped) is wrapped)
fr = inspect.currentframe()
print(inspect.isframe(fr), inspect.iscode(plain.__code__), inspect.iscode(plain), fr.f_code.co_name)
print(inspect.getmro(bool), inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_NESTED)
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
