"""Event loop policy, the current loop, and the reprs of handles."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
    'set_event_loop', 'new_event_loop', '_set_running_loop',
    'get_running_loop', '_get_running_loop',
)

from _asyncio import (Handle, TimerHandle, get_running_loop,
                      _get_running_loop, _set_running_loop)
from asyncio import format_helpers


def _handle_repr_info(self):
    info = [self.__class__.__name__]
    if self._cancelled:
        info.append('cancelled')
    if self._callback is not None:
        info.append(format_helpers._format_callback_source(self._callback, self._args))
    if isinstance(self, TimerHandle):
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
    return info


def _handle_repr(self):
    return '<{}>'.format(' '.join(_handle_repr_info(self)))


Handle._repr_info = _handle_repr_info
Handle.__repr__ = _handle_repr


class AbstractEventLoop:
    """Abstract event loop."""


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop for the (only) thread; created on first request."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from asyncio import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None restores the default)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the policy's current loop."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()
