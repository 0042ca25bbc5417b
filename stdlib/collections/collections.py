"""Specialised container types: namedtuple, deque, defaultdict,
OrderedDict, Counter and ChainMap.

pyco's own implementation.  Reprs, results and exception messages are those
of CPython 3.11.
"""

import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']

_MISSING = object()

# Objects whose repr is being computed, so that a container reached again
# through itself prints as "..." (or "[...]" for a deque).
_in_repr = []


def _enter_repr(obj):
    for seen in _in_repr:
        if seen is obj:
            return False
    _in_repr.append(obj)
    return True


def _leave_repr(obj):
    for i in range(len(_in_repr) - 1, -1, -1):
        if _in_repr[i] is obj:
            del _in_repr[i]
            return


# --- namedtuple -------------------------------------------------------------

_RESERVED = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))


class _tuplegetter:
    # Class attribute standing for one field of a namedtuple: reading it on
    # an instance returns the item at its position. (No docstring: the
    # __doc__ slot holds each field's own, as in CPython.)

    __slots__ = ('_pos', '__doc__')

    def __init__(self, pos, doc):
        self._pos = pos
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._pos}' for tuple "
                            f"subclasses doesn't apply to "
                            f"'{type(instance).__name__}' object")
        return instance[self._pos]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._pos}, {self.__doc__!r})'


def _name_list(names):
    """Quote names the way CPython's argument errors list them."""
    q = ["'" + n + "'" for n in names]
    if len(q) <= 2:
        return ' and '.join(q)
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _plural(n, word):
    return f'{n} {word}' if n == 1 else f'{n} {word}s'


def _check_identifier(name):
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError(
            f'Type names and field names must be valid identifiers: {name!r}')
    if name in _RESERVED:
        raise ValueError(
            f'Type names and field names cannot be a keyword: {name!r}')


def _field_list(field_names, rename):
    """Normalise and validate the field names, returning a tuple."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    if rename:
        used = set()
        for pos, n in enumerate(names):
            bad = (not n.isidentifier() or n in _RESERVED
                   or n.startswith('_') or n in used)
            used.add(n)
            if bad:
                names[pos] = f'_{pos}'
    return names


def _build_new(typename, fields, defaults):
    """The __new__ of a namedtuple class.  It binds arguments like a
    function with one parameter per field (the trailing ones defaulted) and
    reports errors with the same messages."""
    count = len(fields)
    position = {n: i for i, n in enumerate(fields)}
    first_default = count - len(defaults)
    qual = f'{typename}.__new__()'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == count:
            return tuple.__new__(_cls, args)
        given = len(args)
        slots = list(args[:count])
        slots.extend([_MISSING] * (count - len(slots)))
        for key, value in kwargs.items():
            i = position.get(key, -1)
            if i < 0:
                if key == '_cls':
                    raise TypeError(
                        f"{qual} got multiple values for argument '_cls'")
                raise TypeError(
                    f"{qual} got an unexpected keyword argument '{key}'")
            if i < given:
                raise TypeError(
                    f"{qual} got multiple values for argument '{key}'")
            slots[i] = value
        if given > count:
            if first_default < count:
                takes = f'from {first_default + 1} to {count + 1}'
            else:
                takes = str(count + 1)
            noun = 'positional argument' if count == 0 else 'positional arguments'
            raise TypeError(f'{qual} takes {takes} {noun} but '
                            f'{given + 1} were given')
        absent = []
        for i in range(given, count):
            if slots[i] is _MISSING:
                if i >= first_default:
                    slots[i] = defaults[i - first_default]
                else:
                    absent.append(fields[i])
        if absent:
            raise TypeError(
                f'{qual} missing '
                f'{_plural(len(absent), "required positional argument")}: '
                f'{_name_list(absent)}')
        return tuple.__new__(_cls, slots)

    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Create a tuple subclass whose items are also reachable as named
    attributes, e.g. namedtuple('Point', 'x y') or namedtuple('Point',
    ['x', 'y'], defaults=[0])."""
    names = _field_list(field_names, rename)
    typename = str(typename)
    _check_identifier(typename)
    for n in names:
        _check_identifier(n)
    used = set()
    for n in names:
        if n.startswith('_') and not rename:
            raise ValueError(
                f'Field names cannot start with an underscore: {n!r}')
        if n in used:
            raise ValueError(f'Encountered duplicate field name: {n!r}')
        used.add(n)

    fields = tuple(names)
    count = len(fields)
    default_values = ()
    if defaults is not None:
        default_values = tuple(defaults)
        if len(default_values) > count:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[count - len(default_values):],
                              default_values))
    signature = ', '.join(fields)

    __new__ = _build_new(typename, fields, default_values)
    __new__.__doc__ = f'Create new instance of {typename}({signature})'

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made
    _make.__doc__ = 'Make a new ' + typename + ' object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)
    _replace.__doc__ = ('Return a new ' + typename +
                        ' object replacing specified fields with new values')

    def __repr__(self):
        body = ', '.join([f'{n}={v!r}' for n, v in zip(fields, self)])
        return f'{self.__class__.__name__}({body})'
    __repr__.__doc__ = 'Return a nicely formatted representation string'

    def _asdict(self):
        return dict(zip(self._fields, self))
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'

    def __getnewargs__(self):
        return tuple(self)
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'

    for fn in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__

    body = {
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for pos, n in enumerate(fields):
        body[n] = _tuplegetter(pos, f'Alias for field number {pos}')
    cls = type(typename, (tuple,), body)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# --- deque ------------------------------------------------------------------

def _as_index(n):
    """n as an int for an argument that must be an integer."""
    if isinstance(n, int):
        return int(n)
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError(
            f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return index(n)


def _slice_bound(n):
    if isinstance(n, int):
        return int(n)
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError('slice indices must be integers or have an '
                        '__index__ method')
    return index(n)


_MUTATED = 'deque mutated during iteration'


class deque:
    """deque([iterable[, maxlen]]) - a double-ended queue.

    Appends and pops at either end are cheap.  With a maxlen, adding to one
    end of a full deque drops an item from the other end.
    """

    # The contents are self._front reversed, followed by self._back: each
    # end of the deque is the end of a Python list, so it grows and shrinks
    # in amortised O(1).  When one list runs dry, half of the other one is
    # moved over.  self._version counts structural changes so iterators
    # can detect them.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._front = []
        self._back = []
        self._version = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    __hash__ = None

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return len(self._front) + len(self._back) > 0

    # -- the two ends

    def _rebalance_into_back(self):
        """Move the back half of the items held in _front to _back."""
        front = self._front
        half = (len(front) + 1) // 2
        moved = front[:half]
        moved.reverse()
        self._back = moved
        self._front = front[half:]

    def _rebalance_into_front(self):
        back = self._back
        half = (len(back) + 1) // 2
        moved = back[:half]
        moved.reverse()
        self._front = moved
        self._back = back[half:]

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._version += 1
        cap = self._maxlen
        if cap is not None:
            if cap == 0:
                return
            if len(self._front) + len(self._back) >= cap:
                self.popleft()
        self._back.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._version += 1
        cap = self._maxlen
        if cap is not None:
            if cap == 0:
                return
            if len(self._front) + len(self._back) >= cap:
                self.pop()
        self._front.append(x)

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._back:
            if not self._front:
                raise IndexError('pop from an empty deque')
            self._rebalance_into_back()
        self._version += 1
        return self._back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._front:
            if not self._back:
                raise IndexError('pop from an empty deque')
            self._rebalance_into_front()
        self._version += 1
        return self._front.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(self)
        if self._maxlen is None:
            self._version += 1
            self._back.extend(iterable)
        else:
            add = self.append
            for x in iterable:
                add(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(self)
        if self._maxlen is None:
            self._version += 1
            self._front.extend(iterable)
        else:
            add = self.appendleft
            for x in iterable:
                add(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._version += 1
        self._front = []
        self._back = []

    def _replace_all(self, items):
        self._version += 1
        self._front = []
        self._back = items

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _as_index(n)
        size = len(self)
        self._version += 1
        if size <= 1:
            return
        n %= size
        if n > size // 2:
            n -= size
        # Take the shorter way round.
        if n > 0:
            for _ in range(n):
                x = self.pop()
                self._front.append(x)
        else:
            for _ in range(-n):
                x = self.popleft()
                self._back.append(x)

    def reverse(self):
        """Reverse *IN PLACE*"""
        self._front, self._back = self._back, self._front

    # -- searching (a comparison that mutates the deque is an error)

    def _scan(self, value, start, stop):
        version = self._version
        for i in range(start, stop):
            x = self[i]
            hit = x is value or x == value
            if self._version != version:
                raise RuntimeError(_MUTATED)
            if hit:
                return i
        return -1

    def count(self, value):
        """Return number of occurrences of value"""
        version = self._version
        total = 0
        for i in range(len(self)):
            x = self[i]
            if x is value or x == value:
                total += 1
            if self._version != version:
                raise RuntimeError(_MUTATED)
        return total

    def index(self, value, start=0, stop=_MISSING):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        size = len(self)
        start = _slice_bound(start)
        stop = size if stop is _MISSING else _slice_bound(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        i = self._scan(value, start, min(stop, size))
        if i < 0:
            raise ValueError(f'{value!r} is not in deque')
        return i

    def __contains__(self, value):
        return self._scan(value, 0, len(self)) >= 0

    def remove(self, value):
        """Remove first occurrence of value."""
        i = self._scan(value, 0, len(self))
        if i < 0:
            raise ValueError(f'{value!r} is not in deque')
        del self[i]

    def insert(self, index, value):
        """Insert value before index."""
        index = _as_index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(index, value)
        self._replace_all(items)

    # -- indexing

    def _position(self, index):
        if not isinstance(index, int):
            if getattr(type(index), '__index__', None) is None:
                raise TypeError('sequence index must be integer, not '
                                f"'{type(index).__name__}'")
            index = _as_index(index)
        size = len(self._front) + len(self._back)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('deque index out of range')
        return index

    def __getitem__(self, index):
        i = self._position(index)
        front = self._front
        if i < len(front):
            return front[len(front) - 1 - i]
        return self._back[i - len(front)]

    def __setitem__(self, index, value):
        i = self._position(index)
        front = self._front
        if i < len(front):
            front[len(front) - 1 - i] = value
        else:
            self._back[i - len(front)] = value

    def __delitem__(self, index):
        i = self._position(index)
        items = list(self)
        del items[i]
        self._replace_all(items)

    # -- iteration

    def __iter__(self):
        return self._walk(self._front, self._back)

    def __reversed__(self):
        return self._walk(self._back, self._front)

    def _walk(self, first, then):
        # Yields first from its end to its start, then `then` in order, and
        # fails as soon as the deque changes under the walk.
        version = self._version
        for i in range(len(first) - 1, -1, -1):
            if self._version != version:
                raise RuntimeError(_MUTATED)
            yield first[i]
        for x in then:
            if self._version != version:
                raise RuntimeError(_MUTATED)
            yield x
        if self._version != version:
            raise RuntimeError(_MUTATED)

    def _items(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    # -- copying, repr, comparison, arithmetic

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)

    def __repr__(self):
        name = type(self).__name__
        if not _enter_repr(self):
            return '[...]'
        try:
            shown = repr(self._items())
        finally:
            _leave_repr(self)
        if self._maxlen is None:
            return f'{name}({shown})'
        return f'{name}({shown}, maxlen={self._maxlen})'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        joined = self.copy()
        joined.extend(other)
        return joined

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _times(self, n):
        if not isinstance(n, int) and \
                getattr(type(n), '__index__', None) is None:
            other = getattr(type(n), '__rmul__', None)
            if other is not None:
                result = other(n, self)
                if result is not NotImplemented:
                    return result
            raise TypeError("can't multiply sequence by non-int of type "
                            f"'{type(n).__name__}'")
        items = self._items() * _as_index(n)
        cap = self._maxlen
        if cap is not None and len(items) > cap:
            items = items[len(items) - cap:]
        return items

    def __mul__(self, n):
        items = self._times(n)
        if not isinstance(items, list):
            return items
        result = self.copy()
        result._replace_all(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._times(n)
        if not isinstance(items, list):
            return items
        self._replace_all(items)
        return self


# --- defaultdict ------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A dict whose lookups of a missing key (through d[key] only) insert and
    return default_factory().  Without a factory a missing key raises
    KeyError as usual.  Other arguments are those of dict().
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown_factory = 'None'
        elif not _enter_repr(self):
            shown_factory = '...'
        else:
            try:
                shown_factory = repr(factory)
            finally:
                _leave_repr(self)
        return f'{type(self).__name__}({shown_factory}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        return (type(self), (() if factory is None else (factory,)), None,
                None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


# --- OrderedDict ------------------------------------------------------------

class OrderedDict(dict):
    """A dict that can reorder its entries (move_to_end, popitem from
    either end) and whose equality with another OrderedDict takes the order
    into account."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        for key in dict.__iter__(self):
            return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist."""
        value = dict.pop(self, key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        if last:
            dict.__setitem__(self, key, value)
            return
        later = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, later)

    def __reversed__(self):
        keys = list(dict.__iter__(self))
        while keys:
            yield keys.pop()

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        if not _enter_repr(self):
            return '...'
        try:
            return f'{name}({list(self.items())!r})'
        finally:
            _leave_repr(self)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        if isinstance(other, OrderedDict):
            return all(a == b for a, b in zip(self, other))
        return same

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# --- Counter ----------------------------------------------------------------

def _second(pair):
    return pair[1]


class Counter(dict):
    """A multiset: a dict from elements to their counts.  A missing element
    has count 0; counts may be zero or negative.  Counter('abca')['a'] == 2.
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Counts of absent elements are zero."""
        return 0

    def total(self):
        """Sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs, largest count first, elements with
        equal counts in insertion order; only the first n when n is given."""
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ranked
        if n <= 0:
            return []
        return ranked[:n]

    def elements(self):
        """Iterate over the elements, each repeated as often as its count
        (elements with a count below one are skipped)."""
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an
        iterable, then from the keyword arguments."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    current = self.get
                    for elem, n in iterable.items():
                        self[elem] = n + current(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                current = self.get
                for elem in iterable:
                    self[elem] = current(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts, like update() with the sign reversed; counts
        may become zero or negative."""
        if iterable is not None:
            current = self.get
            if _is_mapping(iterable):
                for elem, n in iterable.items():
                    self[elem] = current(elem, 0) - n
            else:
                for elem in iterable:
                    self[elem] = current(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Delete elem's count; an absent element is not an error."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons treat absent elements as having count zero.

    def _all_counts(self, other, test):
        for side in (self, other):
            for elem in side:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Binary operators build a plain Counter holding positive counts only.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for elem, n in self.items():
            n = n + other[elem]
            if n > 0:
                out[elem] = n
        for elem, n in other.items():
            if elem not in self and n > 0:
                out[elem] = n
        return out

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for elem, n in self.items():
            n = n - other[elem]
            if n > 0:
                out[elem] = n
        for elem, n in other.items():
            if elem not in self and n < 0:
                out[elem] = 0 - n
        return out

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for elem, n in self.items():
            m = other[elem]
            best = m if n < m else n
            if best > 0:
                out[elem] = best
        for elem, n in other.items():
            if elem not in self and n > 0:
                out[elem] = n
        return out

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for elem, n in self.items():
            m = other[elem]
            least = n if n < m else m
            if least > 0:
                out[elem] = least
        return out

    def __pos__(self):
        out = Counter()
        for elem, n in self.items():
            if n > 0:
                out[elem] = n
        return out

    def __neg__(self):
        out = Counter()
        for elem, n in self.items():
            if n < 0:
                out[elem] = 0 - n
        return out

    def _drop_nonpositive(self):
        doomed = [elem for elem, n in self.items() if not n > 0]
        for elem in doomed:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, n in other.items():
            self[elem] += n
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, n in other.items():
            self[elem] -= n
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, m in other.items():
            if m > self[elem]:
                self[elem] = m
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, n in list(self.items()):
            m = other[elem]
            if m < n:
                self[elem] = m
        return self._drop_nonpositive()


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


# --- ChainMap ---------------------------------------------------------------

# collections.abc imports this module to register deque, so it is imported
# here, after deque exists.
from collections import abc as _abc


def _is_mapping(obj):
    return isinstance(obj, dict) or isinstance(obj, _abc.Mapping)


class ChainMap(_abc.MutableMapping):
    """A single mapping view over a list of mappings, searched in order.
    Writes and deletions only touch the first mapping, maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]   # lets a layer's __missing__ answer
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        order = {}
        for layer in reversed(self.maps):
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    def __repr__(self):
        if not _enter_repr(self):
            return '...'
        try:
            inner = ', '.join([repr(m) for m in self.maps])
        finally:
            _leave_repr(self)
        return f'{self.__class__.__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with a new first mapping (m, or a new dict holding
        the keyword arguments) in front of the current ones."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the mappings but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of maps[0]; KeyError if it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or the default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for layer in reversed(self.maps):
            merged.update(layer)
        return self.__class__(merged)
