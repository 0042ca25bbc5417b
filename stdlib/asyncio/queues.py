"""Queues for coroutines (pyco): Queue (FIFO), PriorityQueue, LifoQueue,
and the QueueFull / QueueEmpty exceptions.

Behaviour follows CPython 3.11's asyncio.queues. Differences of layout:
Queue keeps its items in a plain list read from a head index (_qhead)
rather than a collections.deque, and PriorityQueue carries its own copy of
heapq's push/pop (pyco has no heapq module), using the same algorithm so
that items leave in the same order as under CPython.
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from _asyncio import _get_running_loop
from .locks import Event, _Fifo, _LoopBoundMixin


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    pass


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    pass


class Queue(_LoopBoundMixin):
    """A FIFO queue for producer and consumer coroutines. With maxsize > 0,
    put() waits while the queue holds maxsize items."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Fifo()
        self._putters = _Fifo()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._qhead = 0
        self._init(maxsize)
        # put() and get() inline full(), empty(), _put() and _get() when
        # the class keeps Queue's own (the common case: pyco pays for each
        # Python-level call).
        cls = type(self)
        self._plain = (cls.full is Queue.full and cls.empty is Queue.empty
                       and cls.qsize is Queue.qsize
                       and cls._put is Queue._put and cls._get is Queue._get
                       and cls.put_nowait is Queue.put_nowait
                       and cls.get_nowait is Queue.get_nowait)

    # The three methods subclasses override to change the order.

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        q = self._queue
        h = self._qhead
        item = q[h]
        h += 1
        if h == len(q):
            q.clear()
            h = 0
        elif h >= 64 and h * 2 >= len(q):
            del q[:h]
            h = 0
        else:
            q[h - 1] = None
        self._qhead = h
        return item

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        waiters.wake_first(None)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        q = getattr(self, '_queue', None)
        if q is not None:
            items = list(q)
            if self._qhead:
                items = items[self._qhead:]
            if items:
                result += f' _queue={items!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue) - self._qhead

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return len(self._queue) <= self._qhead

    def full(self):
        """Return True if there are maxsize items in the queue (never when
        maxsize <= 0)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put an item into the queue, first waiting for a free slot if it
        is full."""
        plain = self._plain
        while ((self._maxsize > 0 and
                len(self._queue) - self._qhead >= self._maxsize)
               if plain else self.full()):
            loop = _get_running_loop()
            if loop is not self._loop:
                loop = self._get_loop()
            putter = loop.create_future()
            self._putters._items.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # in case it is not done yet
                try:
                    self._putters.remove(putter)
                except ValueError:
                    # Already taken off by a get_nowait().
                    pass
                if not self.full() and not putter.cancelled():
                    # Woken for a slot we will not use: pass it on.
                    self._wakeup_next(self._putters)
                raise
        if not plain:
            return self.put_nowait(item)
        # put_nowait() inline.
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished._value = False
        getters = self._getters
        if getters._items:
            getters.wake_first(None)

    def put_nowait(self, item):
        """Put an item into the queue without blocking; QueueFull if no
        slot is free."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished._value = False  # self._finished.clear()
        getters = self._getters
        if getters._items:
            getters.wake_first(None)

    async def get(self):
        """Remove and return an item, first waiting for one if the queue is
        empty."""
        plain = self._plain
        while len(self._queue) <= self._qhead if plain else self.empty():
            loop = _get_running_loop()
            if loop is not self._loop:
                loop = self._get_loop()
            getter = loop.create_future()
            self._getters._items.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # in case it is not done yet
                try:
                    self._getters.remove(getter)
                except ValueError:
                    # Already taken off by a put_nowait().
                    pass
                if not self.empty() and not getter.cancelled():
                    # Woken for an item we will not take: pass it on.
                    self._wakeup_next(self._getters)
                raise
        if not plain:
            return self.get_nowait()
        # get_nowait() and _get() inline.
        q = self._queue
        h = self._qhead
        item = q[h]
        h += 1
        if h == len(q):
            q.clear()
            h = 0
        elif h >= 64 and h * 2 >= len(q):
            del q[:h]
            h = 0
        else:
            q[h - 1] = None
        self._qhead = h
        putters = self._putters
        if putters._items:
            putters.wake_first(None)
        return item

    def get_nowait(self):
        """Remove and return an item if one is available, else raise
        QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        putters = self._putters
        if putters._items:
            putters.wake_first(None)
        return item

    def task_done(self):
        """Mark one formerly enqueued item as processed (for join());
        ValueError if called more times than items were put."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked done by task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# heapq's algorithm (push sifts the new leaf up; pop moves the last leaf to
# the root, walks the smaller children down to a leaf, then sifts it up).

def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def _heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


class PriorityQueue(Queue):
    """A Queue that returns its smallest entry first (entries are
    typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that returns the most recently added entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
