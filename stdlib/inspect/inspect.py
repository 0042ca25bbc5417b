"""Introspection of live objects: type predicates (isfunction,
isgenerator, iscoroutinefunction, ...), the states of generators and
coroutines, getmembers, and docstring helpers.

pyco's own implementation of the part of CPython 3.11's inspect that pyco
supports.
"""

import types

# Code object flags (values of co_flags bits).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

# States reported by getgeneratorstate() and getcoroutinestate().
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def _type_test(kind, what):
    def test(object):
        return isinstance(object, kind)
    test.__doc__ = f'Return true if the object is {what}.'
    return test


ismodule = _type_test(types.ModuleType, 'a module')
isclass = _type_test(type, 'a class')
ismethod = _type_test(types.MethodType, 'an instance method')
isfunction = _type_test(types.FunctionType, 'a user-defined function')
isbuiltin = _type_test(types.BuiltinFunctionType,
                       'a built-in function or method')
isgenerator = _type_test(types.GeneratorType, 'a generator')
iscoroutine = _type_test(types.CoroutineType, 'a coroutine')
isasyncgen = _type_test(types.AsyncGeneratorType,
                        'an asynchronous generator')
for _name, _test in list(globals().items()):
    if _name.startswith('is') and getattr(_test, '__name__', '') == 'test':
        _test.__name__ = _test.__qualname__ = _name
del _name, _test


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def _code_flags(f):
    """co_flags of the function behind f (a method's function, a
    partial's target), or None when f is not a Python function."""
    while True:
        if isinstance(f, types.MethodType):
            f = f.__func__
            continue
        partial = _partial_type()
        if partial is not None and isinstance(f, partial):
            f = f.func
            continue
        break
    if not isfunction(f):
        return None
    return f.__code__.co_flags


def _partial_type():
    import sys
    functools = sys.modules.get('functools')
    return getattr(functools, 'partial', None)


def _flag_test(flag, what):
    def test(obj):
        flags = _code_flags(obj)
        return flags is not None and bool(flags & flag)
    test.__doc__ = f'Return true if the object is {what}.'
    return test


isgeneratorfunction = _flag_test(CO_GENERATOR,
                                 'a user-defined generator function')
iscoroutinefunction = _flag_test(CO_COROUTINE, 'a coroutine function')
isasyncgenfunction = _flag_test(CO_ASYNC_GENERATOR,
                                'an asynchronous generator function')
isgeneratorfunction.__name__ = isgeneratorfunction.__qualname__ = 'isgeneratorfunction'
iscoroutinefunction.__name__ = iscoroutinefunction.__qualname__ = 'iscoroutinefunction'
isasyncgenfunction.__name__ = isasyncgenfunction.__qualname__ = 'isasyncgenfunction'


def isawaitable(object):
    """Return true if `await object` is allowed: a coroutine, a generator
    marked by types.coroutine, or an object whose type has __await__."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    for klass in type(object).__mro__:
        if '__await__' in klass.__dict__:
            return klass.__dict__['__await__'] is not None
    return False


def _state(running, suspended, frame, names):
    if running:
        return names[1]
    if suspended:
        return names[2]
    if frame is None:
        return names[3]
    return names[0]


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED (not started), GEN_RUNNING,
    GEN_SUSPENDED (at a yield) or GEN_CLOSED."""
    return _state(generator.gi_running, generator.gi_suspended,
                  generator.gi_frame,
                  (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING,
    CORO_SUSPENDED or CORO_CLOSED."""
    return _state(coroutine.cr_running, coroutine.cr_suspended,
                  coroutine.cr_frame,
                  (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getmembers(object, predicate=None):
    """(name, value) pairs for the attributes of object listed by dir(),
    sorted by name, keeping those for which predicate(value) is true."""
    found = []
    for name in dir(object):
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    found.sort(key=_first)
    return found


def _first(pair):
    return pair[0]


def cleandoc(doc):
    """Normalise a docstring: tabs expanded, the first line stripped on the
    left, the common indentation of the remaining lines removed, and blank
    lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip())
               for line in lines[1:] if line.lstrip()]
    if lines:
        lines[0] = lines[0].lstrip()
    if indents:
        cut = min(indents)
        lines[1:] = [line[cut:] for line in lines[1:]]
    first, last = 0, len(lines)
    while last > first and not lines[last - 1]:
        last -= 1
    while first < last and not lines[first]:
        first += 1
    return '\n'.join(lines[first:last])


def _inherited_doc(obj):
    """A docstring for obj from the classes it inherits from, or None."""
    if isclass(obj):
        for klass in obj.__mro__:
            if klass is not object and klass.__doc__ is not None:
                return klass.__doc__
        return None
    if ismethod(obj):
        owner = obj.__self__
        if not isclass(owner):
            owner = type(owner)
        name = obj.__func__.__name__
        for klass in owner.__mro__:
            member = klass.__dict__.get(name)
            if member is not None:
                doc = getattr(member, '__doc__', None)
                if doc is not None:
                    return doc
    return None


def getdoc(object):
    """The object's docstring passed through cleandoc(); when it has none,
    the docstring it inherits, if any.  None when there is no string."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
