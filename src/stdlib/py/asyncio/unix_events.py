"""The loop class and policy asyncio uses on Unix. Socket readiness is not there
yet: the loop only runs callbacks and timers."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from asyncio import base_events, events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """Unix event loop."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
