"""Define names for built-in types that aren't directly accessible as a builtin (pyco)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
# The names below depend on introspection support that may be partial in
# pyco; a missing one is left undefined rather than failing the import.
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass
try:
    MappingProxyType = type(type.__dict__)
except AttributeError:
    pass


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    try:
        TracebackType = type(exc.__traceback__)
        FrameType = type(exc.__traceback__.tb_frame)
    except AttributeError:
        pass

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _C, _c, _ag


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


__all__ = [n for n in globals() if n[:1] != '_']
