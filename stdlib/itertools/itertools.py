"""Functions creating iterators for efficient looping.

This is pyco's own implementation; it reproduces the observable behaviour
of CPython 3.11's itertools (results, laziness, type names, reprs, and the
messages of common errors).
"""

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MISSING = object()
_MAXSIZE = 9223372036854775807


def _check_count(name, args, lo, hi):
    # CPython's argument-count message for functions parsed positionally.
    n = len(args)
    if lo == hi and n != lo:
        s = '' if lo == 1 else 's'
        raise TypeError(f'{name} expected {lo} argument{s}, got {n}')
    if n < lo:
        s = '' if lo == 1 else 's'
        raise TypeError(f'{name} expected at least {lo} argument{s}, got {n}')
    if n > hi:
        s = '' if hi == 1 else 's'
        raise TypeError(f'{name} expected at most {hi} argument{s}, got {n}')


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


class _Iter:
    # Base of the generator-backed iterators: _g is the generator that
    # produces the items.
    __slots__ = ()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


# ---- infinite iterators --------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('count() takes at most 2 arguments '
                            f'({len(args)} given)')
        start = args[0] if args else kwargs.pop('start', 0)
        step = args[1] if len(args) > 1 else kwargs.pop('step', 1)
        for name in kwargs:
            raise TypeError(f"count() got an unexpected keyword argument '{name}'")
        for v in (start, step):
            t = type(v)
            if not (hasattr(t, '__index__') or hasattr(t, '__int__') or
                    hasattr(t, '__float__') or hasattr(t, '__complex__')):
                raise TypeError('a number is required')
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return f'count({self._cur!r})'
        return f'count({self._cur!r}, {step!r})'

    def __reduce__(self):
        return (count, (self._cur, self._step))


class cycle(_Iter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('cycle', kwargs)
        _check_count('cycle', args, 1, 1)
        self._g = self._run(iter(args[0]))

    @staticmethod
    def _run(source):
        saved = []
        for item in source:
            yield item
            saved.append(item)
        while saved:
            yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be "
                                "interpreted as an integer")
            times = max(times, 0)
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._left})'


# ---- iterators terminating on the shortest input -------------------------

class accumulate(_Iter):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ('_g',)

    def __init__(self, iterable, func=None, *, initial=None):
        self._g = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(source, func, total):
        if total is None:
            for total in source:
                break
            else:
                return
        yield total
        for item in source:
            total = total + item if func is None else func(total, item)
            yield total


class chain(_Iter):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ('_g',)

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._g = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._g = cls._run(iter(iterable))
        return self


class compress(_Iter):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ('_g',)

    def __init__(self, data=_MISSING, selectors=_MISSING):
        if data is _MISSING:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MISSING:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._g = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for item, keep in zip(data, selectors):
            if keep:
                yield item


class dropwhile(_Iter):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('dropwhile', kwargs)
        _check_count('dropwhile', args, 2, 2)
        self._g = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, source):
        for item in source:
            if not pred(item):
                yield item
                break
        yield from source


class takewhile(_Iter):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('takewhile', kwargs)
        _check_count('takewhile', args, 2, 2)
        self._g = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, source):
        for item in source:
            if not pred(item):
                return
            yield item


class filterfalse(_Iter):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('filterfalse', kwargs)
        _check_count('filterfalse', args, 2, 2)
        self._g = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, source):
        if pred is None:
            pred = bool
        for item in source:
            if not pred(item):
                yield item


class starmap(_Iter):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('starmap', kwargs)
        _check_count('starmap', args, 2, 2)
        self._g = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(func, source):
        for item in source:
            if type(item) is not tuple:
                item = tuple(item)
            yield func(*item)


class islice(_Iter):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        _check_count('islice', args, 2, 4)
        source = iter(args[0])
        if len(args) == 2:
            start, stop, step = 0, self._bound(args[1], 'Stop argument'), 1
        else:
            start = self._bound(args[1], 'Indices')
            stop = self._bound(args[2], 'Stop argument')
            step = args[3] if len(args) == 4 else None
            if start is None:
                start = 0
            if step is None:
                step = 1
            else:
                try:
                    step = step.__index__()
                except AttributeError:
                    step = -1
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive '
                                     'integer or None.')
        self._g = self._run(source, start, stop, step)

    @staticmethod
    def _bound(value, what):
        if value is None:
            return None
        try:
            value = value.__index__()
        except AttributeError:
            value = -1
        if not 0 <= value <= _MAXSIZE:
            raise ValueError(f'{what} for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        return value

    @staticmethod
    def _run(source, wanted, stop, step):
        # cnt counts the items read; wanted is the index of the next item
        # to produce, clamped to stop so that no item past stop is read.
        cnt = 0
        while True:
            while cnt < wanted:
                try:
                    next(source)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(source)
            except StopIteration:
                return
            cnt += 1
            yield item
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop


class pairwise(_Iter):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ('_g',)

    def __init__(self, *args, **kwargs):
        _no_kwargs('pairwise', kwargs)
        _check_count('pairwise', args, 1, 1)
        self._g = self._run(iter(args[0]))

    @staticmethod
    def _run(source):
        for prev in source:
            for item in source:
                yield prev, item
                prev = item
            return


class zip_longest(_Iter):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument, padding the
    shorter ones with fillvalue."""

    __slots__ = ('_g',)

    def __init__(self, *iterables, **kwargs):
        fill = None
        for name in kwargs:
            if name != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fill = kwargs[name]
        self._g = self._run([iter(x) for x in iterables], fill)

    @staticmethod
    def _run(sources, fill):
        if not sources:
            return
        live = len(sources)
        done = [False] * len(sources)
        while True:
            row = []
            for i, source in enumerate(sources):
                if done[i]:
                    row.append(fill)
                    continue
                try:
                    row.append(next(source))
                except StopIteration:
                    done[i] = True
                    live -= 1
                    if not live:
                        return
                    row.append(fill)
            yield tuple(row)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._marker = object()      # identifies the current group
        self._tgt = _MISSING         # key of the group being produced
        self._cur = _MISSING         # key of the lookahead item
        self._value = _MISSING       # the lookahead item

    def __iter__(self):
        return self

    def _advance(self):
        # Read the next item into the lookahead (StopIteration at the end).
        value = next(self._source)
        self._value = value
        self._cur = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._marker = object()
        if self._cur is _MISSING:
            self._advance()
        elif self._tgt is not _MISSING:
            # Skip what remains of the previous group.
            while self._cur == self._tgt:
                self._advance()
        self._tgt = self._cur
        return self._cur, _grouper(self, self._marker)


class _grouper:
    # One group of a groupby: valid while the groupby is on the same group.

    def __init__(self, parent, marker):
        self._parent = parent
        self._marker = marker
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._marker is not self._marker:
            raise StopIteration
        if p._value is _MISSING:
            p._advance()
            if p._cur != p._tgt:
                raise StopIteration
        item = p._value
        p._value = _MISSING
        return item


class _tee_cell:
    # One link of the list shared by tee copies: value, then the next cell.
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, source, cell):
        self._source = source
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell.next is None:
            value = next(self._source)
            cell.value = value
            cell.next = _tee_cell()
        self._cell = cell.next
        return cell.value

    def __copy__(self):
        return _tee(self._source, self._cell)


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _no_kwargs('tee', kwargs)
    _check_count('tee', args, 1, 2)
    n = args[1] if len(args) == 2 else 2
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted "
                        "as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(args[0])
    if n == 0:
        return ()
    if isinstance(source, _tee):
        first = source.__copy__()
    else:
        first = _tee(source, _tee_cell())
    copies = [first]
    for _ in range(n - 1):
        copies.append(first.__copy__())
    return tuple(copies)


# ---- combinatoric iterators ----------------------------------------------

class product(_Iter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ('_g',)

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(x) for x in iterables] * repeat
        self._g = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        idx = [0] * n
        row = [pool[0] for pool in pools]
        yield tuple(row)
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    row[i] = pools[i][idx[i]]
                    break
                idx[i] = 0
                row[i] = pools[i][0]
                i -= 1
            if i < 0:
                return
            yield tuple(row)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted "
                        "as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations(_Iter):
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ('_g',)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        _check_r(r)
        self._g = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # Lexicographic order of index tuples, each index used once.
        order = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in order[:r])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    order.append(order.pop(i))
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = n - cycles[i]
                    order[i], order[j] = order[j], order[i]
                    yield tuple(pool[k] for k in order[:r])
                    break
            else:
                return


class combinations(_Iter):
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ('_g',)

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r)
        self._g = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        idx = list(range(r))
        yield tuple(pool[i] for i in idx)
        while True:
            # Rightmost index that can still move right.
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
            yield tuple(pool[i] for i in idx)


class combinations_with_replacement(_Iter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    __slots__ = ('_g',)

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r)
        self._g = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        idx = [0] * r
        yield tuple(pool[i] for i in idx)
        while True:
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
            yield tuple(pool[i] for i in idx)
