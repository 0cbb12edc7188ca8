"""The runtime support of `except*`: matching a handler against the exceptions still
unhandled, and combining what the handlers raised into the exception that leaves the
statement. (BaseExceptionGroup and ExceptionGroup themselves are native.)"""


def _is_exception_type(t):
    return isinstance(t, type) and issubclass(t, BaseException)


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
        reraised = BaseExceptionGroup.subgroup(
            orig, lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in reraised_ids)
    if not raised:
        return reraised
    if reraised is not None:
        raised.append(reraised)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]
