"""The coroutine combinators of asyncio (pyco): sleep, gather, wait,
wait_for, as_completed, shield and the return_when constants.

Behaviour follows CPython 3.11's asyncio.tasks; the loop, Future and Task
they build on come from the Go module _asyncio.
"""

__all__ = ('sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'shield',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

import functools
from _asyncio import (CancelledError, Future, ensure_future, get_event_loop,
                      get_running_loop, isfuture as _isfuture,
                      iscoroutine as _core_iscoroutine,
                      _set_result_unless_cancelled)

try:
    from _asyncio import _sleep0
except ImportError:
    class _Sleep0:
        """Awaiting it yields a bare None to the task once: the task goes
        back to the end of the ready queue without any future (CPython's
        __sleep0)."""

        def __await__(self):
            yield

    _sleep0 = _Sleep0


def _gen():
    yield


_GeneratorType = type(_gen())
del _gen


def _iscoroutine(obj):
    # CPython 3.11's asyncio.iscoroutine: generators count too.
    return _core_iscoroutine(obj) or isinstance(obj, _GeneratorType)


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _cancelled_error(fut):
    """The CancelledError that fut's result() would raise."""
    try:
        make = fut._make_cancelled_error
    except AttributeError:
        try:
            fut.result()
        except CancelledError as exc:
            return exc
        return CancelledError()
    return make()


def _cancel_message(fut):
    try:
        return fut._cancel_message
    except AttributeError:
        exc = _cancelled_error(fut)
        return exc.args[0] if exc.args else None


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# sleep

async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _sleep0()
        return result

    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# wait, wait_for

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in the iterable fs (not empty) to
    complete, as return_when says or until timeout; return two sets of
    futures: (done, pending). A timeout does not raise."""
    if _isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)

    if any(_iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for a future or coroutine (wrapped in a task) with a timeout;
    on timeout cancel it and raise TimeoutError. Cancelling the wait
    cancels it too."""
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        # Wait for fut to complete or for the timeout.
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # Cancel fut and wait until it is really done.
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            # fut may have completed in spite of the cancellation; if so
            # its result wins over the timeout.
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is done."""
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # fut.cancel() only asks a task to stop: wait for it to finish.
        await waiter
    finally:
        fut.remove_done_callback(cb)


# as_completed

def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines; awaiting the n-th one gives the
    result (or raises the exception) of the n-th future of fs to finish.
    After timeout, the remaining ones raise TimeoutError."""
    if _isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from .queues import Queue
    done = Queue()

    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # _wait_for_one() raises TimeoutError
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()  # may raise f's exception

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# gather

class _GatheringFuture(Future):
    """The future gather() returns: cancel() cancels the children (like
    Task.cancel(), it does not mark the future cancelled at once)."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The outer future becomes cancelled when the children are
            # done (see _done_callback in gather).
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future whose result is the list of the results of the
    given coroutines (wrapped in tasks) and futures, in argument order.
    The first exception propagates unless return_exceptions is true, in
    which case exceptions take their place in the list. Cancelling the
    returned future cancels the children not yet done."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                # A cancelled child is an exception for gather(), not a
                # cancellation of the outer future.
                outer.set_exception(_cancelled_error(fut))
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            # Every child is done: collect in argument order.
            results = []
            for fut in children:
                if fut.cancelled():
                    msg = _cancel_message(fut)
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                outer.set_exception(_cancelled_error(fut))
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                # Created here: nobody else would see it pending.
                try:
                    fut._log_destroy_pending = False
                except AttributeError:
                    pass
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            # The same argument twice: one child, its result twice.
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


# shield

def shield(arg):
    """Wait for a future or coroutine, shielding it from cancellation: the
    awaiting task can be cancelled, the inner one keeps running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
