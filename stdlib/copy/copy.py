"""Generic (shallow and deep) copying operations.

copy(x) returns a shallow copy of x; deepcopy(x) a deep one.  Classes can
control copying with __copy__() and __deepcopy__(memo), or with the pickle
hooks __reduce_ex__/__reduce__ and __getstate__/__setstate__.

This is pyco's own implementation of CPython 3.11's copy module.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)


_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, str, bytes, type, range, _FunctionType, _BuiltinType,
           property}
try:
    _ATOMIC.add(complex)
except NameError:
    pass

# Types whose shallow copy is the object itself (immutable containers).
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}


def _own_method(cls, name):
    # The method `name` as defined by cls or a base other than object.
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if name in d:
            return d[name]
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple inside a cycle may have been copied meanwhile.
        if key in memo:
            return memo[key]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _rebuild(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Hold the originals while the memo lives, so that their ids are not
    # reused by new objects during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    cls = type(x)
    hook = _own_method(cls, '__reduce_ex__')
    if hook is not None:
        return hook(x, 4)
    hook = _own_method(cls, '__reduce__')
    if hook is not None:
        return hook(x)
    return None


def _rebuild(x, memo):
    # Copy an instance the way pickle would reconstruct it.
    cls = type(x)
    deep = memo is not None
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    if rv is not None:
        return _reconstruct(x, memo, *rv)
    if cls in (set, frozenset) or issubclass(cls, (set, frozenset)):
        items = [deepcopy(i, memo) for i in x] if deep else list(x)
        if cls is set or cls is frozenset:
            return cls(items)
        y = cls.__new__(cls, items)
        if cls.__init__ is not set.__init__ and issubclass(cls, set):
            set.__init__(y, items)
        elif issubclass(cls, set):
            y.update(items)
    elif not getattr(cls, '__dict__', None) or cls.__module__ == 'builtins' \
            or not hasattr(x, '__dict__') and not hasattr(cls, '__slots__') \
            and not issubclass(cls, (list, dict)):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list) and not isinstance(y, (set, frozenset)):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    state = _state_of(x)
    if state is not None:
        _apply_state(y, state, memo)
    return y


def _state_of(x):
    # The pickle state: __getstate__() when the class defines it, else
    # what object.__getstate__ returns: the __dict__ (None when empty),
    # paired with the values of the set slots when the class has any.
    hook = _own_method(type(x), '__getstate__')
    if hook is not None:
        return hook(x)
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = None
    for name in _slotnames(type(x)):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if slots is None:
            slots = {}
        slots[name] = value
    if slots is not None:
        return state, slots
    return state


def _slotnames(cls):
    # The (mangled) names of the slots declared along the MRO of cls, as
    # copyreg._slotnames returns them.
    names = []
    if not hasattr(cls, '__slots__'):
        return names
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    return names


def _apply_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    setter = getattr(y, '__setstate__', None)
    if setter is not None and _own_method(type(y), '__setstate__') is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for k, v in slots.items():
            setattr(y, k, v)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, state, memo)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for k, v in dictiter:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for k, v in dictiter:
                y[k] = v
    return y
