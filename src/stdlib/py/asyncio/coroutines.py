"""Recognising and describing coroutines."""

import inspect
import types

__all__ = 'iscoroutinefunction', 'iscoroutine'

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked by asyncio)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True for a coroutine object: native, a generator (as 3.11 still accepts), or
    implementing the Coroutine ABC."""
    if type(obj) in (types.CoroutineType, types.GeneratorType):
        return True
    return all(callable(getattr(obj, m, None))
               for m in ('send', 'throw', 'close', '__await__'))


def _format_coroutine(coro):
    name = (getattr(coro, '__qualname__', None) or
            getattr(coro, '__name__', None) or
            f'<{type(coro).__name__} without __name__>')
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
