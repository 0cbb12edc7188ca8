def abc(a, **kw): pass
def t(f):
    try: print(f())
    except TypeError as e: print(e)
t(lambda: abc(1, **{'c': 1}, c=2))
t(lambda: abc(1, c=1, **{'c': 2}))
t(lambda: abc(1, **{'c': 1}, **{'c': 2}))
t(lambda: abc(a=1, **{'a': 2}))
t(lambda: abc(**{1: 2}))
t(lambda: abc(**[1]))
class K:
    def m(self, **kw): pass
t(lambda: K().m(x=1, **{'x': 2}))
t(lambda: print(**{'sep': 1}, sep=2))
t(lambda: dict(a=1, **{'a': 2}))
t(lambda: len(*[1, 2]))
t(lambda: abc(*5))
t(lambda: abc(1, *5))
t(lambda: [*5])
t(lambda: (lambda: 1)(**{'x': 1}, x=2))
t(lambda: K(**{'x': 1}, x=2))
class Mp:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
def show(**kw): return kw
t(lambda: show(**Mp()))
t(lambda: show(**Mp(), c=1))
t(lambda: abc(*(i for i in range(1)), **{'z': 1}))
