"""The abstract base classes of collections.abc, written for pyco.

Python's ABCs answer isinstance()/issubclass() in three ways: a structural
test (a class "is" an Iterable if it defines __iter__), explicit
registration (ABC.register(cls)), and ordinary inheritance. CPython does
this in the metaclass ABCMeta; pyco has no metaclasses, so every ABC here
derives from _ABC, whose classmethods __instancecheck__ and
__subclasscheck__ the VM consults when a plain subclass test fails (see
classCheckHook in vm/builtins.go). Abstract methods are only marked: pyco
does not refuse to instantiate a class that leaves one undefined.
"""

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


def abstractmethod(f):
    """Marks f as abstract (recorded, not enforced)."""
    f.__isabstractmethod__ = True
    return f


def _defines(cls, *names):
    """Whether every name is defined somewhere on cls's MRO and not set to None.

    The first class that defines a name decides: `__hash__ = None` hides an
    inherited __hash__, as it does for CPython's structural checks.
    """
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class _ABC:
    """Base of every ABC here: registration plus the subclass test."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._abc_registered = []
        cls._abc_children = []
        for base in cls.__mro__[1:]:
            if "_abc_children" in base.__dict__:
                base._abc_children.append(cls)

    @classmethod
    def register(cls, subclass):
        """Declares subclass a virtual subclass of cls; returns subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if subclass not in cls._abc_registered:
            cls._abc_registered.append(subclass)
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    @classmethod
    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            return bool(verdict)
        for registered in cls._abc_registered:
            if issubclass(subclass, registered):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        return False


def _structural(*names):
    """A __subclasshook__ that tests for names, but only on the ABC itself.

    A user subclass of, say, Iterable is matched by inheritance, not by
    shape, which is what CPython's hooks do with their `cls is Iterable`
    guard.
    """
    def hook(cls, subclass):
        if cls.__dict__.get("_abc_shape") is names:
            return True if _defines(subclass, *names) else NotImplemented
        return NotImplemented
    return names, classmethod(hook)


# --- One-trick ponies: recognised by the methods a class defines ---

class Hashable(_ABC):
    _abc_shape, __subclasshook__ = _structural("__hash__")


class Awaitable(_ABC):
    _abc_shape, __subclasshook__ = _structural("__await__")


class Coroutine(Awaitable):
    _abc_shape, __subclasshook__ = _structural("__await__", "send", "throw", "close")

    def close(self):
        """Raises GeneratorExit inside the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(_ABC):
    _abc_shape, __subclasshook__ = _structural("__aiter__")


class AsyncIterator(AsyncIterable):
    _abc_shape, __subclasshook__ = _structural("__anext__", "__aiter__")

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    _abc_shape, __subclasshook__ = _structural("__aiter__", "__anext__", "asend", "athrow", "aclose")

    async def __anext__(self):
        return await self.asend(None)

    async def aclose(self):
        """Raises GeneratorExit inside the asynchronous generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(_ABC):
    _abc_shape, __subclasshook__ = _structural("__iter__")


class Iterator(Iterable):
    _abc_shape, __subclasshook__ = _structural("__iter__", "__next__")

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_shape, __subclasshook__ = _structural("__reversed__", "__iter__")


class Generator(Iterator):
    _abc_shape, __subclasshook__ = _structural("__iter__", "__next__", "send", "throw", "close")

    def __next__(self):
        return self.send(None)

    def close(self):
        """Raises GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized(_ABC):
    _abc_shape, __subclasshook__ = _structural("__len__")


class Container(_ABC):
    _abc_shape, __subclasshook__ = _structural("__contains__")


class Collection(Sized, Iterable, Container):
    _abc_shape, __subclasshook__ = _structural("__len__", "__iter__", "__contains__")


class Callable(_ABC):
    _abc_shape, __subclasshook__ = _structural("__call__")


# --- Sets ---

class Set(Collection):
    """A read-only set: comparisons and operators from __contains__/__iter__/__len__."""

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """Whether self and other have no element in common."""
        return not any(x in self for x in other)

    __hash__ = None


class MutableSet(Set):
    """A set with add/discard, plus the in-place operators built on them."""

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, other):
        for value in other:
            self.add(value)
        return self

    def __iand__(self, other):
        for value in [x for x in self if x not in other]:
            self.discard(value)
        return self

    def __isub__(self, other):
        if other is self:
            self.clear()
        else:
            for value in other:
                self.discard(value)
        return self

    def __ixor__(self, other):
        if other is self:
            self.clear()
        else:
            for value in other:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self


# --- Mappings ---

class Mapping(Collection):
    """A read-only mapping: get, keys, items, values and == from __getitem__."""

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MutableMapping(Mapping):
    """A mapping with __setitem__/__delitem__, plus pop, update and friends."""

    _absent = object()

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping._absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    """A live view of a mapping."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            found = self._mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


# --- Sequences ---

class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, in, reversed, index and count from __getitem__."""

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)


class ByteString(Sequence):
    pass


class MutableSequence(Sequence):
    """A sequence with item assignment and insert, plus append, pop and friends."""

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- The builtin types, registered as CPython registers them ---

for _t in (frozenset,):
    Set.register(_t)
MutableSet.register(set)
MutableMapping.register(dict)
for _t in (tuple, str, range):
    Sequence.register(_t)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))


def _register_collections():
    import collections
    MutableSequence.register(collections.deque)


_register_collections()
del _t, _register_collections
