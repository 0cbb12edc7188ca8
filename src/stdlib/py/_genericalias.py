"""types.GenericAlias (list[int]) and types.UnionType (int | None), created by the
interpreter for subscripted builtin classes and `|` between classes."""

# Attributes a GenericAlias answers itself; all others come from its origin.
_OWN = frozenset({'__origin__', '__args__', '__parameters__', '__class__',
                  '__mro_entries__', '__reduce__', '__reduce_ex__', '__copy__',
                  '__deepcopy__', '__unpacked__'})


def _item_repr(v):
    if v is ...:
        return '...'
    if isinstance(v, type):
        if v.__module__ == 'builtins':
            return v.__qualname__
        return f'{v.__module__}.{v.__qualname__}'
    return repr(v)


class GenericAlias:
    __module__ = 'types'

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', ())

    def __getattr__(self, name):
        if name in _OWN:
            raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        args = ', '.join(_item_repr(a) for a in self.__args__) or '()'
        return f'{_item_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)


class UnionType:
    __module__ = 'types'

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', ())

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _item_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)


def _unionable(v):
    return v is None or isinstance(v, (type, GenericAlias, UnionType))


def union(a, b):
    """a | b for classes, None, generic aliases and unions (NotImplemented otherwise)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    members = []
    for v in (a, b):
        for m in (v.__args__ if isinstance(v, UnionType) else (v,)):
            if m is None:
                m = type(None)
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))
