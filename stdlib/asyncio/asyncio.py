"""asyncio - asynchronous I/O, event loop, coroutines and tasks (pyco).

The event loop, futures and tasks are implemented in Go by the _asyncio
module (stdlib/asyncio/*.go, on the pure-Go engine stdlib/asyncio/eventloop).
The library layer (sleep, gather, wait, wait_for, as_completed, shield,
timeout, TaskGroup, locks, queues) is written in Python in the submodules
asyncio.tasks_lib, asyncio.timeouts, asyncio.locks, asyncio.queues and
asyncio.taskgroups (stdlib/asyncio/<name>.py, embedded); each one that
exists is imported here, in that order, and its __all__ (or its public
names) re-exported.
"""

from _asyncio import *
from _asyncio import __all__ as _core_all
import _asyncio

__all__ = list(_core_all)


def _reexport(name):
    mod = __import__('asyncio.' + name, fromlist=['*'])
    names = getattr(mod, '__all__', None)
    if names is None:
        names = [n for n in mod.__dict__ if not n.startswith('_')]
    g = globals()
    for n in names:
        g[n] = getattr(mod, n)
        if n not in __all__:
            __all__.append(n)


for _name in ('tasks_lib', 'timeouts', 'locks', 'queues', 'taskgroups'):
    if _name in _asyncio._submodules:
        _reexport(_name)
del _name, _reexport, _core_all
