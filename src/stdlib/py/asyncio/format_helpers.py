"""Text for the reprs of handles, futures and tasks."""

import functools
import inspect


def _short_repr(obj, level=6):
    """repr() shortened the way reprlib.repr shortens it."""
    if isinstance(obj, str):
        r = repr(obj[:30])
        if len(r) > 30:
            r = repr(obj)
            i = max(0, (30 - 3) // 2)
            j = max(0, 30 - 3 - i)
            r = r[:i] + '...' + r[len(r) - j:]
        return r
    if type(obj) is int:
        r = repr(obj)
        if len(r) > 40:
            r = r[:18] + '...' + r[len(r) - 19:]
        return r
    for kind, limit, left, right in ((list, 6, '[', ']'), (tuple, 6, '(', ')')):
        if type(obj) is kind:
            if not obj:
                return left + right
            if level <= 0:
                return left + '...' + right
            items = [_short_repr(x, level - 1) for x in obj[:limit]]
            if len(obj) > limit:
                items.append('...')
            if kind is tuple and len(obj) == 1:
                return '(' + items[0] + ',)'
            return left + ', '.join(items) + right
    if type(obj) is dict:
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        try:
            keys = sorted(obj)[:4]
        except Exception:
            keys = list(obj)[:4]
        items = [_short_repr(k, level - 1) + ': ' + _short_repr(obj[k], level - 1)
                 for k in keys]
        if len(obj) > 4:
            items.append('...')
        return '{' + ', '.join(items) + '}'
    r = repr(obj)
    if len(r) > 30:
        i = max(0, (30 - 3) // 2)
        j = max(0, 30 - 3 - i)
        r = r[:i] + '...' + r[len(r) - j:]
    return r


def _get_function_source(func):
    if inspect.isfunction(func):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _callable_name(func):
    # The task's own callbacks are C methods of Task in CPython.
    name = getattr(func, '__name__', None)
    if name in ('task_step', 'task_wakeup') and type(func).__name__ == 'builtin_function_or_method':
        return 'Task.' + name
    qualname = getattr(func, '__qualname__', None)
    if qualname:
        return qualname
    if name:
        return name
    return repr(func)


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    func_repr = _callable_name(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr
