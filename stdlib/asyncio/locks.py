"""Coroutine synchronisation for pyco: Lock, Event, Condition, Semaphore,
BoundedSemaphore.

Every primitive parks a blocked coroutine on a future of the running loop
and keeps those futures in a _WaitQueue, oldest first, so wake-ups are
first come, first served. The queue is shared with asyncio.queues. The
first loop that makes a coroutine block on a primitive owns it from then
on; using it from another loop is a RuntimeError.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore')

from _asyncio import CancelledError, _get_running_loop, _park


class _WaitQueue:
    """Parked futures in arrival order.

    The futures live in the list _slots from index _start on; everything
    before _start is a dead slot (set to None). Joining at the back and
    leaving at the front cost O(1); dead slots are dropped all at once when
    they make up the larger part of the list, or when the queue empties.
    Leaving from the middle (a cancelled waiter) is a list deletion.
    """

    def __init__(self):
        self._slots = []
        self._start = 0

    def __len__(self):
        return len(self._slots) - self._start

    def __bool__(self):
        # The list is reset as soon as its last live slot goes, so a
        # non-empty list means at least one waiter.
        return len(self._slots) > 0

    def __iter__(self):
        if self._start:
            return iter(self._slots[self._start:])
        return iter(self._slots)

    def __repr__(self):
        return f'<_WaitQueue {self._slots[self._start:]!r}>'

    def join(self, fut):
        self._slots.append(fut)

    def leave(self, fut):
        """Take fut out of the queue; ValueError if it is not in it."""
        slots = self._slots
        i = self._start
        end = len(slots)
        if i < end and slots[i] is fut:
            # Waiters normally wake in order: the one leaving is the oldest.
            i += 1
            if i == end:
                slots.clear()
                i = 0
            elif i > 32 and i + i > end:
                del slots[:i]
                i = 0
            else:
                slots[i - 1] = None
            self._start = i
            return
        while i < end:
            if slots[i] is fut:
                del slots[i]
                return
            i += 1
        raise ValueError('future is not waiting here')

    def head(self):
        """The oldest waiter, or None."""
        slots = self._slots
        if self._start < len(slots):
            return slots[self._start]
        return None

    def first_live(self):
        """The oldest waiter whose future is not done yet, or None."""
        slots = self._slots
        for i in range(self._start, len(slots)):
            if not slots[i].done():
                return slots[i]
        return None

    def all_cancelled(self):
        """True when no waiter is left that was not cancelled."""
        slots = self._slots
        for i in range(self._start, len(slots)):
            if not slots[i].cancelled():
                return False
        return True

    def resolve(self, count, value):
        """Give value to the oldest count pending waiters (they stay in the
        queue until they run and leave it themselves)."""
        if count <= 0:
            return
        slots = self._slots
        for i in range(self._start, len(slots)):
            fut = slots[i]
            if not fut.done():
                fut.set_result(value)
                count -= 1
                if count <= 0:
                    return

    def pop_and_resolve(self, value):
        """Remove waiters from the front until one is pending, give it
        value and stop; report whether one was found. (A Queue waiter is
        removed by whoever wakes it.)"""
        slots = self._slots
        i = self._start
        while i < len(slots):
            fut = slots[i]
            i += 1
            if i == len(slots):
                slots.clear()
                i = 0
            elif i > 32 and i + i > len(slots):
                del slots[:i]
                i = 0
            else:
                slots[i - 1] = None
            if not fut.done():
                self._start = i
                fut.set_result(value)
                return True
        self._start = i
        return False


class _LoopBoundMixin:
    """Binds an object to the first running loop that needs it."""

    _loop = None

    def _get_loop(self):
        running = _get_running_loop()
        if self._loop is None:
            self._loop = running
        if running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


def _tagged(base, extra):
    # '<asyncio.locks.Lock object at 0x...>' -> '<... [extra]>'
    return f'<{base[1:-1]} [{extra}]>'


class _AsyncWithAcquire:
    """async with: acquire() on entry (binding None), release() on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncWithAcquire, _LoopBoundMixin):
    """Mutual exclusion between coroutines.

    acquire() takes the lock if it is free and nobody is queued for it;
    otherwise the caller queues up and gets it in turn. release() frees it
    and hands the turn to the oldest queued coroutine.
    """

    def __init__(self):
        self._waiters = None   # a _WaitQueue once somebody had to wait
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _tagged(super().__repr__(), state)

    def locked(self):
        """Whether the lock is held."""
        return self._locked

    async def __aenter__(self):
        # Uncontended entry without a nested acquire() coroutine.
        q = self._waiters
        if self._locked or (q is not None and q._slots):
            await self.acquire()
        else:
            self._locked = True
        return None

    async def acquire(self):
        """Wait until the lock is ours, then return True."""
        q = self._waiters
        if not self._locked:
            if q is None or q.all_cancelled():
                self._locked = True
                return True
        if q is None:
            q = self._waiters = _WaitQueue()
        loop = _get_running_loop()
        if loop is not self._loop:
            loop = self._get_loop()
        turn = loop.create_future()
        q._slots.append(turn)
        try:
            try:
                await turn
            finally:
                q.leave(turn)
        except CancelledError:
            # We may have been handed the lock just before being cancelled;
            # if it is free, the next in line must not be left waiting.
            if not self._locked:
                self._pass_turn()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock (RuntimeError if it is not held)."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._pass_turn()

    def _pass_turn(self):
        q = self._waiters
        if q:
            turn = q._slots[q._start]
            if not turn.done():
                turn.set_result(True)


class Event(_LoopBoundMixin):
    """A flag coroutines can wait for: set() releases every waiter, clear()
    makes later wait() calls block again."""

    def __init__(self):
        self._waiters = _WaitQueue()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _tagged(super().__repr__(), state)

    def is_set(self):
        """Whether the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake all current waiters."""
        if self._value:
            return
        self._value = True
        q = self._waiters
        for fut in q:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Unset the flag."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it already is)."""
        if self._value:
            return True
        loop = _get_running_loop()
        if loop is not self._loop:
            loop = self._get_loop()
        signal = loop.create_future()
        q = self._waiters
        q._slots.append(signal)
        # try: await signal; finally: q.leave(signal) -- without a try
        # block, which would make each waiting coroutine cost a finalizer
        # record in the VM (_park leaves the queue when resumed, thrown
        # into or closed).
        await _park(signal, q)
        return True


class Condition(_AsyncWithAcquire, _LoopBoundMixin):
    """A condition variable. It works over a Lock (its own unless one is
    passed) whose locked(), acquire() and release() it exposes."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _WaitQueue()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _tagged(super().__repr__(), state)

    async def wait(self):
        """Give up the lock until notified, then take it back; return True.
        The lock is held again when this returns or raises."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            note = self._get_loop().create_future()
            q = self._waiters
            q.join(note)
            try:
                await note
                return True
            finally:
                q.leave(note)
        finally:
            # Re-take the lock no matter what; a cancellation that arrives
            # meanwhile is remembered and raised once we hold it.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() gives a true value, and return it."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake at most n waiters, oldest first (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._waiters.resolve(n, False)

    def notify_all(self):
        """Wake every waiter (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncWithAcquire, _LoopBoundMixin):
    """A counter of free units: acquire() takes one (queueing while none is
    free or others queue before it), release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._value}'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return _tagged(super().__repr__(), state)

    def locked(self):
        """Whether acquire() would have to wait."""
        if self._value == 0:
            return True
        q = self._waiters
        return q is not None and not q.all_cancelled()

    async def acquire(self):
        """Take one unit, waiting in line if needed; return True."""
        if not self.locked():
            self._value -= 1
            return True
        q = self._waiters
        if q is None:
            q = self._waiters = _WaitQueue()
        loop = _get_running_loop()
        if loop is not self._loop:
            loop = self._get_loop()
        grant = loop.create_future()
        q._slots.append(grant)
        try:
            try:
                await grant
            finally:
                q.leave(grant)
        except CancelledError:
            if not grant.cancelled():
                # A unit was reserved for us: return it to the next one.
                self._value += 1
                self._grant_next()
            raise
        if self._value > 0:
            self._grant_next()
        return True

    def release(self):
        """Return one unit, waking the oldest waiter if any."""
        self._value += 1
        self._grant_next()

    def _grant_next(self):
        # Reserve a unit for the oldest pending waiter.
        q = self._waiters
        if q:
            grant = q.first_live()
            if grant is not None:
                self._value -= 1
                grant.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses (ValueError) to be released above its
    initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
