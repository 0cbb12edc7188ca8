"""Names for built-in types, and helpers for creating classes (coil
implementation).

Each type is taken from an object of that type, so the names are exactly
the interpreter's own types.
"""

import sys
import _coil


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
ModuleType = type(sys)
FrameType = type(sys._getframe())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _C, _c, _ag, _cell_factory


class MappingProxyType(object):
    """Read-only proxy of a mapping."""

    def __init__(self, mapping):
        if not hasattr(type(mapping), '__getitem__') or \
                not hasattr(type(mapping), 'keys') or \
                isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item "
                        "assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item "
                        "deletion")

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'


class SimpleNamespace(object):
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = ('namespace' if type(self) is SimpleNamespace
                else type(self).__name__)
        key = id(self)
        if key in _repr_running:
            return '%s(...)' % name
        _repr_running.add(key)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# Instances being repr()'d, to show recursion as "namespace(...)".
_repr_running = set()

_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What types.coroutine() returns for a function that merely returns a
    generator: the generator made awaitable."""

    def __init__(self, gen):
        self._gen = gen
        self._isgen = isinstance(gen, GeneratorType)
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self._gen.send(val)

    def throw(self, tp, *rest):
        return self._gen.throw(tp, *rest)

    def close(self):
        return self._gen.close()

    @property
    def gi_code(self):
        return self._gen.gi_code

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_yieldfrom(self):
        return self._gen.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        if self._isgen:
            return self._gen
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType):
        flags = func.__code__.co_flags
        if flags & 0x180:
            # Already a coroutine function or an iterable coroutine.
            return func
        if flags & _CO_GENERATOR:
            return _coil.mark_iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (type(coro) is CoroutineType or type(coro) is GeneratorType
                and coro.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return coro
        if isinstance(coro, GeneratorType):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived '
                        'class must be a (non-strict) subclass of the '
                        'metaclasses of all its bases')
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


__all__ = [n for n in globals() if n[:1] != '_']
