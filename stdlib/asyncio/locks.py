"""Synchronization primitives for coroutines (pyco): Lock, Event, Condition,
Semaphore and BoundedSemaphore.

Behaviour follows CPython 3.11's asyncio.locks: waiters are futures created
on the running loop and woken in FIFO order; a primitive binds itself to
the first running loop that waits on it. The waiter queues are _Fifo
objects (a list plus a head index) instead of collections.deque: appending,
removing the oldest waiter and removing the waiter that just woke up (the
common case, since waiters wake in order) are O(1).
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore')

from _asyncio import CancelledError, _get_running_loop


class _Fifo:
    """A FIFO of waiters: append at the tail, take from the head, remove
    any element (cheaply when it is the head)."""

    def __init__(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        # popleft() empties the list when the head reaches its end, so a
        # non-empty list always holds a waiter.
        return bool(self._items)

    def __iter__(self):
        h = self._head
        if h:
            return iter(self._items[h:])
        return iter(self._items)

    def __repr__(self):
        return f'_Fifo({self._items[self._head:]!r})'

    def append(self, x):
        self._items.append(x)

    def first(self):
        items = self._items
        if len(items) > self._head:
            return items[self._head]
        return None

    def popleft(self):
        items = self._items
        h = self._head
        if h >= len(items):
            raise IndexError('pop from an empty deque')
        x = items[h]
        h += 1
        if h == len(items):
            items.clear()
            h = 0
        elif h >= 32 and h * 2 >= len(items):
            del items[:h]
            h = 0
        else:
            items[h - 1] = None
        self._head = h
        return x

    def remove(self, x):
        items = self._items
        h = self._head
        n = len(items)
        if h < n and items[h] is x:
            # popleft() inline: the waiter that just woke is usually the
            # oldest.
            h += 1
            if h == n:
                items.clear()
                h = 0
            elif h >= 32 and h * 2 >= n:
                del items[:h]
                h = 0
            else:
                items[h - 1] = None
            self._head = h
            return
        i = h
        while i < n:
            if items[i] is x:
                del items[i]
                return
            i += 1
        raise ValueError('deque.remove(x): x not in deque')

    def all_cancelled(self):
        """Whether every waiter is cancelled (true when there are none)."""
        items = self._items
        for i in range(self._head, len(items)):
            if not items[i].cancelled():
                return False
        return True

    def first_pending(self):
        """The oldest waiter not yet done, or None."""
        items = self._items
        for i in range(self._head, len(items)):
            w = items[i]
            if not w.done():
                return w
        return None

    def wake_first(self, value):
        """Set value as the result of the oldest waiter not yet done,
        dropping it and the done ones before it; return whether one was
        woken (Queue's wake-up of the next getter or putter)."""
        items = self._items
        h = self._head
        while h < len(items):
            w = items[h]
            # popleft() inline.
            h += 1
            if h == len(items):
                items.clear()
                h = 0
            elif h >= 32 and h * 2 >= len(items):
                del items[:h]
                h = 0
            else:
                items[h - 1] = None
            if not w.done():
                self._head = h
                w.set_result(value)
                return True
        self._head = h
        return False


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # Like CPython: "async with lock as x" binds None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A primitive lock for coroutines: acquire() waits (FIFO) until the
    lock is unlocked, release() unlocks it and lets the first waiter in."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Return True if lock is acquired."""
        return self._locked

    async def __aenter__(self):
        # acquire()'s fast path inline: no second coroutine when free.
        waiters = self._waiters
        if not self._locked and (waiters is None or not waiters._items):
            self._locked = True
            return None
        await self.acquire()
        return None

    async def acquire(self):
        """Acquire the lock, waiting behind earlier waiters if it is held.
        Returns True."""
        waiters = self._waiters
        if not self._locked and (waiters is None or waiters.all_cancelled()):
            self._locked = True
            return True

        if waiters is None:
            waiters = self._waiters = _Fifo()
        loop = _get_running_loop()
        if loop is not self._loop:
            loop = self._get_loop()
        fut = loop.create_future()
        waiters._items.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except CancelledError:
            # Woken up but cancelled before running: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Release the lock; RuntimeError if it is not held."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        waiters = self._waiters
        if not waiters:
            return
        fut = waiters.first()
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """An event flag: wait() blocks until set() makes the flag true."""

    def __init__(self):
        self._waiters = _Fifo()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):
        """Set the flag and wake every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag to false."""
        self._value = False

    async def wait(self):
        """Wait until the flag is true; return True."""
        if self._value:
            return True
        loop = _get_running_loop()
        if loop is not self._loop:
            loop = self._get_loop()
        fut = loop.create_future()
        waiters = self._waiters
        waiters._items.append(fut)
        try:
            await fut
            return True
        finally:
            waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Fifo()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Release the lock, wait for a notify, reacquire the lock; return
        True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be held again on the way out, even when the
            # wait was cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up every waiter (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter that acquire() decrements (waiting, FIFO, while it is
    zero) and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Returns True if semaphore cannot be acquired immediately."""
        waiters = self._waiters
        return self._value == 0 or (
            waiters is not None and not waiters.all_cancelled())

    async def acquire(self):
        """Decrement the counter, first waiting while it is zero or others
        wait. Returns True."""
        if not self.locked():
            self._value -= 1
            return True

        waiters = self._waiters
        if waiters is None:
            waiters = self._waiters = _Fifo()
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                # Woken (and counted) but cancelled: hand the unit on.
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Increment the counter and wake the next waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        waiters = self._waiters
        if not waiters:
            return
        fut = waiters.first_pending()
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError above the initial
    value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
