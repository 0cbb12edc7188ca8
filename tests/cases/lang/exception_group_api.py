# The API of BaseExceptionGroup / ExceptionGroup beyond construction and split.
for t in (BaseExceptionGroup, ExceptionGroup):
    print(t.__name__, sorted(set(dir(t)) - set(dir(BaseException)) - {'__doc__', '__module__', '__weakref__'}))
for t in (BaseExceptionGroup, ExceptionGroup):
    print(sorted(k for k in vars(t) if k != '__weakref__'), repr(t.__doc__), t.__module__)
print(sorted(set(dir(ExceptionGroup)) - set(dir(BaseExceptionGroup)) - {'__weakref__'}))
print(ExceptionGroup.__module__, BaseExceptionGroup.__qualname__, ExceptionGroup.__bases__)

eg = ExceptionGroup('m', [ValueError(1), TypeError(2)])
print(eg.args, type(eg.exceptions).__name__)
for f in (lambda: ExceptionGroup('x', 'ab'), lambda: ExceptionGroup('x', {1: 2}),
          lambda: ExceptionGroup('x', [ValueError()], y=1), lambda: eg.split(3),
          lambda: eg.split((ValueError, 3)), lambda: eg.subgroup(),
          lambda: ExceptionGroup.__init__(eg, 1, z=2)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
ExceptionGroup.__init__(eg, 'a', 'b', 'c')
print(eg.args, eg.message, str(eg))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(str(ExceptionGroup(42 and 'n', (KeyError('k'),))))

eg = ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('in', [ValueError(3)])])
eg.__context__ = KeyError('ctx')
eg.__cause__ = OSError('cause')
eg.__notes__ = ('note',)
m, r = eg.split((ValueError,))
print(repr(m), repr(r))
print(m.__context__, m.__cause__, m.__suppress_context__, m.__notes__, type(m.__notes__).__name__)
print(eg.split(lambda e: True)[0] is eg, eg.subgroup(lambda e: isinstance(e, OSError)))


class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, self.code + 1)


g = MyEG('mine', [ValueError(1), KeyError(2)], 7)
print(repr(g), g.args, g.code)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive('b', [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print('TypeError', e)

try:
    class E2(ExceptionGroup):
        pass
    E2('e2', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__,
      type(BaseExceptionGroup('b', [SystemExit()])).__name__)
try:
    raise ExceptionGroup('raised', [ValueError('v')])
except* ValueError as e:
    print('caught', repr(e))
for f in (lambda: eg.derive(), lambda: eg.split(ValueError, TypeError)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
