"""Futures: _asyncio.Future plus the Python-level helpers around it."""

__all__ = ('Future', 'wrap_future', 'isfuture')

from _asyncio import Future
from asyncio import format_helpers

_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an object compatible with asyncio.Future (duck typing)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    def one(callback):
        return format_helpers._format_callback_source(callback, ())
    size = len(cb)
    if size == 1:
        text = one(cb[0][0])
    elif size == 2:
        text = f'{one(cb[0][0])}, {one(cb[1][0])}'
    else:
        text = f'{one(cb[0][0])}, <{size - 2} more>, {one(cb[-1][0])}'
    return f'cb=[{text}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers._short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


_repr_running = set()


def _future_repr(future):
    # A future whose result refers back to it shows '...' there, as with reprlib.
    key = id(future)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        info = ' '.join(future._repr_info())
    finally:
        _repr_running.discard(key)
    return f'<{future.__class__.__name__} {info}>'


Future._repr_info = _future_repr_info
Future.__repr__ = _future_repr


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Wrap an asyncio Future (concurrent futures are not supported)."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
