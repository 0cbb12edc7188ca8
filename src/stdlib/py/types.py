"""Define names for built-in types (coil implementation)."""

import sys
import _coil


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass
MappingProxyType = type(type.__dict__)
SimpleNamespace_base = object


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    CoroutineType = _coil.CoroutineType
except AttributeError:
    class coroutine_placeholder(object):
        pass
    CoroutineType = coroutine_placeholder
    del coroutine_placeholder
try:
    AsyncGeneratorType = _coil.AsyncGeneratorType
except AttributeError:
    class async_generator_placeholder(object):
        pass
    AsyncGeneratorType = async_generator_placeholder
    del async_generator_placeholder

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    try:
        FrameType = type(_exc.__traceback__.tb_frame)
    except AttributeError:
        pass
    del _exc

GetSetDescriptorType = type(FunctionType.__dict__.get('__code__', None))
MemberDescriptorType = GetSetDescriptorType
WrapperDescriptorType = type(object.__dict__.get('__init__', None))
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.__dict__.get('join', None))
ClassMethodDescriptorType = type(dict.__dict__.get('fromkeys', None))


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

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


SimpleNamespace.__module__ = 'types'
_repr_running = set()
del SimpleNamespace_base


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return _coil.mark_iterable_coroutine(func)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically (no metaclass support)."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(resolve_bases(bases)), ns)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = []
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        meth = getattr(base, '__mro_entries__', None)
        if meth is None:
            new_bases.append(base)
            continue
        new_bases.extend(meth(bases))
    return tuple(new_bases)


class DynamicClassAttribute(property):
    pass


__all__ = [n for n in globals() if n[:1] != '_' and n not in ('sys',)]
