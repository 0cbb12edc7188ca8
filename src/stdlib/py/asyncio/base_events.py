"""The event loop: the native core (_asyncio.EventLoopCore: ready queue, timers,
run_forever) plus the Python-level methods of BaseEventLoop."""

__all__ = 'BaseEventLoop',

import sys

import _asyncio
from asyncio import events, format_helpers, futures, tasks


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops by itself: the exception propagates out of it.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(_asyncio.EventLoopCore, events.AbstractEventLoop):

    def __init__(self):
        self._task_factory = None
        self._exception_handler = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def _check_closed(self):
        if self.is_closed():
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; returns its Task."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                set_name = task.set_name
            except AttributeError:
                pass
            else:
                set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a task) is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception raised by the loop must not be reported again
            # as "Task was destroyed but it is pending!".
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception is the caller's now: mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def close(self):
        """Close the loop; pending callbacks are dropped."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._close_core()

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    async def shutdown_asyncgens(self):
        """Asynchronous generators are finalized when freed; nothing to do."""
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        """There is no default executor; nothing to do."""
        self._executor_shutdown_called = True

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('coil has no threads: run_in_executor() '
                                  'is not supported')

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Print the context (and the exception's traceback) to stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if exception is not None:
            text += '\n' + _asyncio._format_exception(exception).rstrip('\n')
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        """Pass the context to the handler set, else to the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                print('Exception in default exception handler', file=sys.stderr)
                print(_asyncio._format_exception(exc), end='', file=sys.stderr)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc2:
                print('Exception in default exception handler while handling '
                      'an unexpected error in custom exception handler',
                      file=sys.stderr)
                print(_asyncio._format_exception(exc2), end='', file=sys.stderr)

    def _callback_error(self, handle, exc):
        # Called by the native core when a callback raised.
        callback = handle._callback
        args = handle._args or ()
        source = format_helpers._format_callback_source(callback, args)
        self.call_exception_handler({
            'message': f'Exception in callback {source}',
            'exception': exc,
            'handle': handle,
        })
