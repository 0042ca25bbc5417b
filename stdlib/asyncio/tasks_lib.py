"""asyncio's coroutine combinators for pyco: sleep, gather, wait,
wait_for, as_completed and shield, with the FIRST_COMPLETED /
FIRST_EXCEPTION / ALL_COMPLETED constants of wait().

Everything here is built from the Go primitives of _asyncio (loop, Future,
Task, ensure_future) and done callbacks; results, cancellation rules and
callback order match CPython 3.11's asyncio.
"""

__all__ = ('sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'shield',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

import functools
from _asyncio import (CancelledError, Future, ensure_future, get_event_loop,
                      get_running_loop, isfuture, iscoroutine,
                      _set_result_unless_cancelled, _sleep0, _gather)


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _loop_of(fut):
    """The loop a future-like object belongs to."""
    getter = getattr(fut, 'get_loop', None)
    if getter is None:
        return fut._loop
    return getter()


def _cancellation_of(fut):
    """A CancelledError for the cancelled future fut, as awaiting it would
    raise."""
    make = getattr(fut, '_make_cancelled_error', None)
    if make is not None:
        return make()
    if fut.cancelled():
        try:
            fut.result()
        except CancelledError as exc:
            return exc
    msg = getattr(fut, '_cancel_message', None)
    return CancelledError() if msg is None else CancelledError(msg)


# sleep

async def sleep(delay, result=None):
    """Suspend the calling coroutine for delay seconds, then return result.
    A delay <= 0 just lets the other ready tasks run once."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


# wait, wait_for

def _release_waiter(waiter, *args):
    # Done callback / timer: wake whoever awaits waiter (once).
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait on the futures and tasks of the iterable fs until return_when
    is met (or timeout seconds pass, which is not an error). Return the set
    of those done and the set of those still pending."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    pool = set(fs)
    for f in pool:
        if iscoroutine(f):
            raise TypeError(
                "Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(pool, timeout, return_when, get_running_loop())


async def _wait(fs, timeout, return_when, loop):
    """wait() once its arguments are checked: fs is a non-empty set."""
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if remaining > 0 and return_when != FIRST_COMPLETED:
            if return_when != FIRST_EXCEPTION or f.cancelled() \
                    or f.exception() is None:
                return
        if timer is not None:
            timer.cancel()
        if not waiter.done():
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    finished = set()
    unfinished = set()
    for f in fs:
        (finished if f.done() else unfinished).add(f)
    return finished, unfinished


async def _cancel_and_wait(fut, loop):
    """Cancel fut and return once it is really done (a task may take a
    while to stop, or refuse)."""
    waiter = loop.create_future()
    wake = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(wake)


async def wait_for(fut, timeout):
    """Await fut (a coroutine is wrapped in a task) for at most timeout
    seconds. When time runs out, fut is cancelled and TimeoutError raised;
    when the caller is cancelled, fut is cancelled too."""
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
    else:
        waiter = loop.create_future()
        timer = loop.call_later(timeout, _release_waiter, waiter)
        wake = functools.partial(_release_waiter, waiter)
        fut = ensure_future(fut, loop=loop)
        fut.add_done_callback(wake)
        try:
            try:
                await waiter
            except CancelledError:
                # Cancelled from outside; unless fut made it in time, take
                # it down with us.
                if fut.done():
                    return fut.result()
                fut.remove_done_callback(wake)
                await _cancel_and_wait(fut, loop)
                raise
            if fut.done():
                return fut.result()
            fut.remove_done_callback(wake)
        finally:
            timer.cancel()

    # Out of time: stop fut. If it still managed to finish, its outcome
    # stands; if it ended cancelled, that becomes the TimeoutError.
    await _cancel_and_wait(fut, loop)
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


# as_completed

def as_completed(fs, *, timeout=None):
    """Yield one coroutine per future of fs; awaiting the k-th gives the
    outcome of the k-th of them to finish. Once timeout seconds pass, the
    coroutines not yet satisfied raise TimeoutError."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(
            f"expect an iterable of futures, not {type(fs).__name__}")

    from .queues import Queue
    finished = Queue()   # futures in completion order; None = timed out
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            finished.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return   # already timed out
        todo.remove(f)
        finished.put_nowait(f)
        if timer is not None and not todo:
            timer.cancel()

    async def _wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if timeout is not None and todo:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# gather

class _GatheringFuture(Future):
    """The future returned by gather(). Cancelling it cancels the children
    still running; it then ends up cancelled itself once they are all
    done."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = False
        for child in self._children:
            if child.cancel(msg=msg):
                hit = True
        if hit:
            self._cancel_requested = True
        return hit


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently (coroutines become tasks) and return
    a future for the list of their results, in argument order.

    Without return_exceptions, the first child to fail (a cancelled child
    counts as failing with CancelledError) fails the returned future, and
    the others keep running. With it, exceptions are placed in the list
    like results. An argument given twice runs once and fills both places.
    """
    if not coros_or_futures:
        empty = get_event_loop().create_future()
        empty.set_result([])
        return empty

    # _gather (gather.go) wraps the arguments in futures and gives each
    # child one done callback, shared, that plays the part of CPython's
    # gather.<locals>._done_callback: once every child is done (or, without
    # return_exceptions, as soon as one fails or is cancelled) it completes
    # the _GatheringFuture. Each child contributes its result, or (only
    # possible with return_exceptions) its exception, or a CancelledError
    # with its cancel message ('' when it has none). When the
    # _GatheringFuture itself was cancelled, it ends with the cancellation
    # of the last child in argument order.
    return _gather(coros_or_futures, return_exceptions, _GatheringFuture)


# shield

def shield(arg):
    """Return a future that follows arg (a coroutine is wrapped in a task)
    but whose cancellation does not reach arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _loop_of(inner).create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()   # nobody will look: mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(exc)

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
