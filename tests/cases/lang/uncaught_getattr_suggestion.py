class Store:
    def __getattr__(self, n):
        raise AttributeError(n)
    inventory = {}
s = Store()
print(type(s).__name__)
s.inventroy
