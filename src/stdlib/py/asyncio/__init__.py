"""asyncio for coil: the event loop, futures and tasks are native (_asyncio); the
rest of the API is built on them here, with CPython 3.11's behaviour."""

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.taskgroups import *
from asyncio.tasks import *
from asyncio.timeouts import *
from asyncio.unix_events import *

from asyncio import (base_events, coroutines, events, exceptions, futures,
                     locks, queues, runners, taskgroups, tasks, timeouts,
                     unix_events)

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           timeouts.__all__ +
           unix_events.__all__)
