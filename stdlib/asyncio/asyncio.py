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


def _wrap_awaitable(awaitable):
    """Wrap an awaitable that is not a coroutine into a coroutine (what
    ensure_future does with it)."""
    @_types_coroutine
    def _wrap():
        return (yield from awaitable.__await__())
    return _wrap()


def _types_coroutine(func):
    _asyncio._mark_iterable_coroutine(func)
    return func


def coroutine(func):
    """Decorator marking a generator-based coroutine (removed in Python
    3.11; kept for old programs that use it with `yield from`)."""
    if iscoroutinefunction(func):
        return func
    if _asyncio._mark_iterable_coroutine(func):
        coro = func
    else:
        import functools

        @functools.wraps(func)
        def coro(*args, **kw):
            res = func(*args, **kw)
            if isfuture(res) or iscoroutine(res) or \
                    type(res).__name__ == 'generator':
                res = yield from res
            else:
                await_meth = getattr(res, '__await__', None)
                if await_meth is not None:
                    res = yield from await_meth()
            return res
        _asyncio._mark_iterable_coroutine(coro)
    coro._is_coroutine = _asyncio._is_coroutine
    return coro
