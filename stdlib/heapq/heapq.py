"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
so a[0] is always the smallest item.  This is pyco's own implementation;
it arranges items exactly as CPython 3.11's heapq does.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, func, which):
    if not isinstance(heap, list):
        raise TypeError(f'{func}() argument{which} must be list, not '
                        f'{type(heap).__name__}')


def _bubble_up(heap, top, pos):
    # Move heap[pos] towards top while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Walk the hole at pos down to a leaf along the smaller children, then
    # let the displaced item bubble back up from there.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush', ' 1')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _need_list(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _need_list(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list(x, 'heapify', '')
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


# Max-heap helpers (CPython exposes them privately; some code uses them).

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy: inputs are read only as output is requested.  Among equal items,
    those of earlier iterables come first."""
    heads = []     # [key, value, next function] for each live input
    for source in iterables:
        step = iter(source).__next__
        try:
            value = step()
        except StopIteration:
            continue
        heads.append([value if key is None else key(value), value, step])
    while heads:
        if len(heads) == 1:
            k, value, step = heads[0]
            yield value
            yield from _rest(step)
            return
        best = 0
        best_key = heads[0][0]
        for i in range(1, len(heads)):
            k = heads[i][0]
            if (best_key < k) if reverse else (k < best_key):
                best = i
                best_key = k
        head = heads[best]
        yield head[1]
        try:
            value = head[2]()
        except StopIteration:
            del heads[best]
            continue
        head[0] = value if key is None else key(value)
        head[1] = value


def _rest(step):
    while True:
        try:
            value = step()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n <= 0:
        iter(iterable)
        return []
    if n == 1:
        sentinel = object()
        best = min(iterable, default=sentinel, key=key)
        return [] if best is sentinel else [best]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n <= 0:
        iter(iterable)
        return []
    if n == 1:
        sentinel = object()
        best = max(iterable, default=sentinel, key=key)
        return [] if best is sentinel else [best]
    return sorted(iterable, key=key, reverse=True)[:n]
