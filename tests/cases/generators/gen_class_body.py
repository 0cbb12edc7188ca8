class Config:
    def _pairs():
        yield "host", "localhost"
        yield "port", 8080
    settings = dict(_pairs())
    names = list(k for k, v in _pairs())
    del _pairs
    def __iter__(self):
        yield from self.settings.items()

print(Config.settings, Config.names)
print(hasattr(Config, "_pairs"))
print(list(Config()))

class Registry:
    items = []
    def gen(items=items):
        for i in range(3):
            items.append(i)
            yield i
    consumed = sum(gen())

print(Registry.items, Registry.consumed)
print(type(Registry.gen()).__name__, Registry.gen.__qualname__)
