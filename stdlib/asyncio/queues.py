"""Queues between coroutines for pyco: Queue (first in, first out),
PriorityQueue (smallest first), LifoQueue (last in, first out), and the
QueueEmpty / QueueFull errors of the non-blocking calls.

Blocked put() and get() calls park on futures kept in the _WaitQueue of
asyncio.locks, so they are served in arrival order. The base Queue stores
its items in a list consumed from the front (_taken counts the consumed
slots still in the list); PriorityQueue keeps a binary heap with the same
sift rules as the heapq module, so equal priorities come out in the same
order as with CPython.
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from _asyncio import _get_running_loop
from .locks import Event, _LoopBoundMixin, _WaitQueue


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


# The methods a subclass may override to change how items are stored or
# counted. While a class keeps all of Queue's, put() and get() do their
# work inline instead of calling them.
_HOOKS = ('_put', '_get', 'qsize', 'empty', 'full', 'put_nowait',
          'get_nowait', '_wakeup_next')


class Queue(_LoopBoundMixin):
    """A queue for producer and consumer coroutines.

    maxsize <= 0 means unbounded; otherwise put() waits while the queue
    holds maxsize items.
    """

    _keeps_hooks = True   # the class overrides none of _HOOKS

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._keeps_hooks = all(getattr(cls, name) is getattr(Queue, name)
                               for name in _HOOKS)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _WaitQueue()
        self._putters = _WaitQueue()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._taken = 0   # consumed slots at the front of _queue
        self._inline = self._keeps_hooks
        self._init(maxsize)

    # Storage hooks.

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        items = self._queue
        k = self._taken
        item = items[k]
        k += 1
        if k == len(items):
            items.clear()
            k = 0
        elif k > 64 and k + k > len(items):
            del items[:k]
            k = 0
        else:
            items[k - 1] = None
        self._taken = k
        return item

    def _wakeup_next(self, waiters):
        waiters.pop_and_resolve(None)

    # Description.

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        items = getattr(self, '_queue', None)
        if items:
            parts.append(f'_queue={list(items)[self._taken:]!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    # Size.

    def qsize(self):
        """How many items are in the queue."""
        return len(self._queue) - self._taken

    @property
    def maxsize(self):
        """The capacity given at creation (<= 0: unbounded)."""
        return self._maxsize

    def empty(self):
        """Whether the queue holds no item."""
        # The base storage empties its list as soon as the last item goes.
        return not self._queue

    def full(self):
        """Whether the queue holds maxsize items (never if unbounded)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    # Adding.

    async def put(self, item):
        """Add item, first waiting for room if the queue is full."""
        inline = self._inline
        while ((self._maxsize > 0
                and len(self._queue) - self._taken >= self._maxsize)
               if inline else self.full()):
            loop = _get_running_loop()
            if loop is not self._loop:
                loop = self._get_loop()
            room = loop.create_future()
            self._putters._slots.append(room)
            try:
                await room
            except:
                room.cancel()
                try:
                    self._putters.leave(room)
                except ValueError:
                    pass  # a get() already took it off to wake it
                if not self.full() and not room.cancelled():
                    # We were woken for a free slot we will not fill now.
                    self._wakeup_next(self._putters)
                raise
        if not inline:
            return self.put_nowait(item)
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished._value = False
        if self._getters._slots:
            self._getters.pop_and_resolve(None)

    def put_nowait(self, item):
        """Add item at once; QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    # Taking.

    async def get(self):
        """Remove and return the next item, first waiting for one if the
        queue is empty."""
        inline = self._inline
        while (not self._queue) if inline else self.empty():
            loop = _get_running_loop()
            if loop is not self._loop:
                loop = self._get_loop()
            arrival = loop.create_future()
            self._getters._slots.append(arrival)
            try:
                await arrival
            except:
                arrival.cancel()
                try:
                    self._getters.leave(arrival)
                except ValueError:
                    pass  # a put() already took it off to wake it
                if not self.empty() and not arrival.cancelled():
                    # We were woken for an item we will not take now.
                    self._wakeup_next(self._getters)
                raise
        if not inline:
            return self.get_nowait()
        items = self._queue
        k = self._taken
        item = items[k]
        k += 1
        if k == len(items):
            items.clear()
            k = 0
        elif k > 64 and k + k > len(items):
            del items[:k]
            k = 0
        else:
            items[k - 1] = None
        self._taken = k
        if self._putters._slots:
            self._putters.pop_and_resolve(None)
        return item

    def get_nowait(self):
        """Remove and return the next item at once; QueueEmpty if there is
        none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    # Completion tracking.

    def task_done(self):
        """Record that one item taken from the queue has been dealt with."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until task_done() has been called for every item put."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# A binary min-heap in a list, with heapq's algorithm: a new leaf rises
# while smaller than its parent; a pop moves the hole at the root down
# along the smaller children to a leaf, drops the last leaf there and lets
# it rise. Only `<` is used, with the same operands as heapq.

def _rise(heap, top, pos):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _heap_push(heap, item):
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    size = len(heap)
    hole = 0
    child = 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[hole] = heap[child]
        hole = child
        child = 2 * hole + 1
    heap[hole] = last
    _rise(heap, 0, hole)
    return smallest


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first, e.g. the lowest
    (priority, data) tuple."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heap_push(self._queue, item)

    def _get(self):
        return _heap_pop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the item added last first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
