"""Names for the interpreter's internal types (functions, generators,
modules, ...), which have no builtin name, plus SimpleNamespace and the
coroutine() decorator.

pyco's own implementation, matching CPython 3.11's behaviour.
"""

import sys as _sys
import _types


# Each type is taken from a sample object built here and thrown away.

def _plain():
    pass


FunctionType = type(_plain)
LambdaType = type(lambda: None)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

# Introspection objects pyco may not expose are skipped, not fatal.
try:
    CodeType = type(_plain.__code__)
except AttributeError:
    pass
try:
    MappingProxyType = type(type.__dict__)
except AttributeError:
    pass


def _gen_sample():
    yield None


async def _coro_sample():
    pass


async def _agen_sample():
    yield None


GeneratorType = type(_gen_sample())
_sample = _coro_sample()
CoroutineType = type(_sample)
_sample.close()   # silence the "never awaited" warning
AsyncGeneratorType = type(_agen_sample())


class _Holder:
    def method(self):
        pass


MethodType = type(_Holder().method)


class _Slotted:
    __slots__ = ('member',)


MemberDescriptorType = type(_Slotted.member)

try:
    raise TypeError
except TypeError as _err:
    try:
        TracebackType = type(_err.__traceback__)
        FrameType = type(_err.__traceback__.tb_frame)
    except AttributeError:
        pass

del _plain, _gen_sample, _coro_sample, _agen_sample, _sample, _Holder, _Slotted


class SimpleNamespace:
    """An object whose attributes are set from the keyword arguments and
    may be freely added, changed and deleted afterwards."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        name = 'namespace' if cls is SimpleNamespace else cls.__name__
        for active in _repr_active:
            if active is self:
                return name + '(...)'
        _repr_active.append(self)
        try:
            shown = [f'{k}={v!r}' for k, v in self.__dict__.items()
                     if isinstance(k, str) and k]
        finally:
            _repr_active.remove(self)
        return name + '(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


_repr_active = []

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What a types.coroutine function that is not itself a generator
    function returns when its result is a generator: the same object,
    made awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def _is_generator_like(obj):
    t = type(obj)
    for name in ('__iter__', '__next__', 'send', 'throw', 'close'):
        if getattr(t, name, None) is None:
            return False
    return getattr(t, '__await__', None) is None


def coroutine(func):
    """Decorator letting a generator-based coroutine be awaited from
    `async def` code."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        # A generator function gets the iterable-coroutine code flag.
        if _types.mark_iterable_coroutine(func):
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and \
                result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
            return result
        if _is_generator_like(result):
            return _GeneratorWrapper(result)
        return result

    return wrapped


__all__ = [n for n in globals() if n[:1] != '_']
