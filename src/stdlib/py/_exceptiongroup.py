"""BaseExceptionGroup and ExceptionGroup (PEP 654), and the runtime support of
`except*`: matching a handler against the exceptions still unhandled, and combining
what the handlers raised into the exception that leaves the statement."""

import _coil


def _is_sequence(obj):
    return hasattr(type(obj), '__getitem__') and not isinstance(obj, (dict, str))


class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{cls.__name__}() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError(
                f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, '
                            f'not {type(message).__name__}')
        if not _is_sequence(exceptions):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        all_exceptions = True
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(e, Exception):
                all_exceptions = False
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
        self = super().__new__(cls, message, exceptions)
        object.__setattr__(self, '_eg_message', message)
        object.__setattr__(self, '_eg_exceptions', excs)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return f"{self._eg_message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self.message, excs)

    def _derive_copy(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__suppress_context__ = self.__suppress_context__
        _coil.copy_traceback(self, eg)
        if hasattr(self, '__notes__'):
            eg.__notes__ = list(self.__notes__)
        return eg

    def split(self, condition):
        match = _matcher(condition)
        return self._split(match)

    def subgroup(self, condition):
        return self.split(condition)[0]

    def _split(self, match):
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        return (self._derive_copy(matched) if matched else None,
                self._derive_copy(rest) if rest else None)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


def _is_exception_type(t):
    return isinstance(t, type) and issubclass(t, BaseException)


def _matcher(condition):
    if _is_exception_type(condition) or (
            isinstance(condition, tuple) and all(_is_exception_type(c) for c in condition)):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected a function, exception type or tuple of exception types')


def check_match(rest, handler_type):
    """CHECK_EG_MATCH: split the unhandled exceptions by an except* clause's type.
    Returns (still unhandled, matched group or None)."""
    types = handler_type if isinstance(handler_type, tuple) else (handler_type,)
    for t in types:
        if not _is_exception_type(t):
            raise TypeError('catching classes that do not inherit from BaseException '
                            'is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. '
                            'Use except instead.')
    if rest is None:
        return None, None
    if not isinstance(rest, BaseExceptionGroup):
        if isinstance(rest, handler_type):
            return None, BaseExceptionGroup('', (rest,))
        return rest, None
    match, rest = rest.split(handler_type)
    return rest, match


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.append(exc)


def prep_reraise(orig, excs):
    """PREP_RERAISE_STAR: what leaves a try-except* statement, from its original
    exception and what each handler raised (plus the unhandled rest)."""
    excs = [e for e in excs if e is not None]
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was wrapped: at most one handler ran.
        return excs[0]
    orig_leaves = []
    _leaves(orig, orig_leaves)
    orig_ids = {id(e) for e in orig_leaves}
    raised, reraised_ids = [], set()
    for e in excs:
        leaves = []
        _leaves(e, leaves)
        if e is orig or (isinstance(e, BaseExceptionGroup)
                         and all(id(x) in orig_ids for x in leaves)):
            reraised_ids.update(id(x) for x in leaves)
        else:
            raised.append(e)
    reraised = None
    if reraised_ids:
        reraised = orig._split(lambda e: not isinstance(e, BaseExceptionGroup)
                               and id(e) in reraised_ids)[0]
    if not raised:
        return reraised
    if reraised is not None:
        raised.append(reraised)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]
