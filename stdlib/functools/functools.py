"""Tools for working with functions and callables: partial application,
memoisation, wrapper metadata, key adaptors and ordering completion.

This is pyco's own implementation; it reproduces the observable behaviour
of CPython 3.11 (results, reprs, exception types and messages).
"""

from collections import namedtuple as _namedtuple
from types import FunctionType as _FunctionType

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property']

# Attributes copied verbatim from the wrapped callable, and attributes whose
# mapping value is merged into the wrapper's.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_ABSENT = object()   # marks "argument not supplied" / "no value stored"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make `wrapper` present the metadata of `wrapped` and return it.

    Names in `assigned` are copied when `wrapped` has them; names in
    `updated` are dictionaries merged into the wrapper's own.  The original
    is remembered as wrapper.__wrapped__.
    """
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Set last so that a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) on a wrapper copies
    f's metadata onto it."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of the iterable from the left with a two-argument
    function, starting from `initial` when it is given.  With no initial
    value an empty iterable is an error.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {n}')
    if n > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {n}')
    function = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if n == 3:
        acc = args[2]
    else:
        acc = next(items, _ABSENT)
        if acc is _ABSENT:
            raise TypeError(
                'reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# --- partial ----------------------------------------------------------------

class _ReadOnlySlot:
    """Data descriptor exposing one stored value of a partial object;
    assignment and deletion are refused as for a C member."""

    __slots__ = ('key',)

    def __init__(self, key):
        self.key = key

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.key]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_PARTIAL_KEYS = ('func', 'args', 'keywords')


class partial:
    """partial(func, *args, **keywords) - a callable that invokes func with
    the stored positional arguments first, then the call's own, and with the
    stored keywords overridden by the call's keywords."""

    func = _ReadOnlySlot('func')
    args = _ReadOnlySlot('args')
    keywords = _ReadOnlySlot('keywords')

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls = args[0]
        target = args[1]
        stored = args[2:]
        if not callable(target):
            raise TypeError('the first argument must be callable')
        # A partial of a plain partial collapses into one level, unless the
        # inner object carries attributes of its own or a custom __call__.
        if (isinstance(target, partial)
                and type(target).__call__ is partial.__call__
                and len(target.__dict__) == len(_PARTIAL_KEYS)):
            inner = target.__dict__
            stored = inner['args'] + stored
            if keywords:
                combined = dict(inner['keywords'])
                combined.update(keywords)
                keywords = combined
            else:
                keywords = dict(inner['keywords'])
            target = inner['func']
        self = object.__new__(cls)
        state = self.__dict__
        state['func'] = target
        state['args'] = stored
        state['keywords'] = keywords
        return self

    def __call__(*args, **keywords):
        state = args[0].__dict__
        preset = state['keywords']
        if preset:
            if keywords:
                preset = dict(preset)
                preset.update(keywords)
            keywords = preset
        return state['func'](*state['args'], *args[1:], **keywords)

    def __repr__(self):
        if self in _repr_running:
            return '...'
        _repr_running.append(self)
        try:
            state = self.__dict__
            shown = [repr(state['func'])]
            shown.extend(repr(a) for a in state['args'])
            shown.extend(f'{k}={v!r}' for k, v in state['keywords'].items())
        finally:
            _repr_running.remove(self)
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return name + '(' + ', '.join(shown) + ')'

    def __reduce__(self):
        state = self.__dict__
        extra = {k: v for k, v in state.items() if k not in _PARTIAL_KEYS}
        return (type(self), (state['func'],),
                (state['func'], state['args'], state['keywords'] or None,
                 extra or None))


_repr_running = []


def _binder(f):
    """f.__get__.  pyco functions bind without exposing __get__ (and
    method objects cannot be built directly), so a function bound to obj
    is stood in for by partial(f, obj), which calls the same way."""
    get = getattr(f, '__get__', None)
    if get is None and type(f) is _FunctionType:
        def get(obj, cls=None):
            if obj is None:
                return f
            bound = partial(f, obj)
            bound.__self__ = obj
            return bound
    return get


class partialmethod:
    """Descriptor counterpart of partial: in a class body it pre-binds
    arguments of a method, so that instance.name(...) calls
    func(instance, *args, ...) and descriptors such as classmethod keep
    their own binding."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # Collapse nested partialmethods into one.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def _make_unbound_method(self):
        owner = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**owner.keywords, **keywords}
            return owner.func(cls_or_self, *owner.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = _binder(self.func)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor produced its own bound object:
                # apply the stored arguments on top of it.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return _binder(self._make_unbound_method())(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cmp_to_key -------------------------------------------------------------

class KeyWrapper:
    """Adapter from an old-style three-way comparison function to a sort
    key.  cmp_to_key(cmp) is a KeyWrapper that is not bound to an object;
    calling it wraps one value."""

    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=_ABSENT):
        self.cmp = cmp
        if obj is not _ABSENT:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _order(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        try:
            a, b = self.obj, other.obj
        except AttributeError:
            raise AttributeError('object') from None
        return self.cmp(a, b)

    def __lt__(self, other):
        return self._order(other) < 0

    def __le__(self, other):
        return self._order(other) <= 0

    def __eq__(self, other):
        return self._order(other) == 0

    def __ne__(self, other):
        return self._order(other) != 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __ge__(self, other):
        return self._order(other) >= 0



def cmp_to_key(mycmp):
    """Turn a cmp function (negative, zero or positive result) into a key
    function for sorted(), min(), max() and friends."""
    return KeyWrapper(mycmp)


# --- total_ordering ---------------------------------------------------------
#
# A class defining one ordering method (the root) gets the other three.  Each
# missing method is computed from the root's result r on (self, other) and,
# where the root cannot decide alone, from == or !=.  NotImplemented from the
# root is passed on unchanged.

def _negate(r, a, b):
    return not r


def _or_equal(r, a, b):
    return r or a == b


def _and_unequal(r, a, b):
    return r and a != b


def _neither_nor_equal(r, a, b):
    return not r and a != b


def _not_or_equal(r, a, b):
    return not r or a == b


# root -> ((derived method, how it follows from the root), ...), in the order
# they are installed.
_DERIVATIONS = {
    '__lt__': (('__gt__', _neither_nor_equal), ('__le__', _or_equal),
               ('__ge__', _negate)),
    '__le__': (('__ge__', _not_or_equal), ('__lt__', _and_unequal),
               ('__gt__', _negate)),
    '__gt__': (('__lt__', _neither_nor_equal), ('__ge__', _or_equal),
               ('__le__', _negate)),
    '__ge__': (('__le__', _not_or_equal), ('__gt__', _and_unequal),
               ('__lt__', _negate)),
}

# Preference among roots when a class defines several.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _derive(root, target, combine):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return combine(r, self, other)
    method.__name__ = target
    method.__qualname__ = f'_{target[2:4]}_from_{root[2:4]}'
    return method


_DERIVED = {root: [(target, _derive(root, target, combine))
                   for target, combine in rules]
            for root, rules in _DERIVATIONS.items()}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__ or __ge__ (and
    __eq__), supply the remaining rich comparisons."""
    present = [name for name in _ROOT_PREFERENCE
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not present:
        raise ValueError(
            'must define at least one ordering operation: < > <= >=')
    for name, method in _DERIVED[present[0]]:
        if name not in present:
            setattr(cls, name, method)
    return cls


# --- lru_cache and cache ----------------------------------------------------

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_CacheInfo.__module__ = 'functools'

_KW_SEPARATOR = object()   # divides positional from keyword parts of a key


def _cache_key(args, kwds, typed):
    """Hashable key for one call: the positional arguments, then a marker
    and the keyword pairs, then (when typed) the argument types.  A single
    exact int or str argument is its own key."""
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    parts = list(args)
    if kwds:
        parts.append(_KW_SEPARATOR)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend([type(a) for a in args])
        if kwds:
            parts.extend([type(v) for v in kwds.values()])
    return tuple(parts)


def lru_cache(maxsize=128, typed=False):
    """Memoising decorator that keeps the `maxsize` most recently used
    results (unbounded when maxsize is None).  With typed true, arguments
    of different types are cached separately.  The decorated function has
    cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache.
        return _install_cache(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorator(user_function):
        return _install_cache(user_function, maxsize, typed)
    return decorator


def _install_cache(user_function, maxsize, typed):
    wrapper = _make_cached(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def _make_cached(func, maxsize, typed):
    table = {}          # key -> result; dict order is the recency order
    counts = [0, 0]     # hits, misses
    lookup = table.get
    key_of = _cache_key

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return func(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = key_of(args, kwds, typed)
            found = lookup(key, _ABSENT)
            if found is _ABSENT:
                counts[1] += 1
                found = func(*args, **kwds)
                table[key] = found
            else:
                counts[0] += 1
            return found
    else:
        def wrapper(*args, **kwds):
            key = key_of(args, kwds, typed)
            found = lookup(key, _ABSENT)
            if found is not _ABSENT:
                counts[0] += 1
                # Re-insert to mark as most recently used.
                del table[key]
                table[key] = found
                return found
            counts[1] += 1
            found = func(*args, **kwds)
            if key not in table:   # a recursive call may have stored it
                if len(table) >= maxsize:
                    del table[next(iter(table))]
                table[key] = found
            return found

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts[0], counts[1], maxsize, len(table))

    def cache_clear():
        """Clear the cache and cache statistics"""
        table.clear()
        counts[0] = counts[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Unbounded memoisation: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# --- cached_property --------------------------------------------------------

class cached_property:
    """Like a read-only property, but the getter runs once per instance and
    its result is saved in the instance __dict__, which then shadows this
    descriptor."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                f'names ({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f'instance to cache {name!r} property.') from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} "
                    'instance does not support item assignment for caching '
                    f'{name!r} property.') from None
        return value
