"""The loop binding shared by queues and synchronization primitives."""

from asyncio import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        # Bound to the loop that first waits on the object.
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
