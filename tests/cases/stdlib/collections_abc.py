# collections.abc: structural checks, registration and the builtin types.
import collections
import collections.abc
from collections.abc import Iterator, Iterable, Mapping, MutableMapping, Sequence, MutableSequence
from collections.abc import Set, MutableSet, Hashable, Sized, Container, Collection, Callable, Reversible
from collections.abc import Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Generator
import collections.abc as abc
print(collections.abc is abc, abc.__name__)

names = ['Iterable', 'Iterator', 'Generator', 'Awaitable', 'Coroutine', 'AsyncIterable',
         'AsyncIterator', 'AsyncGenerator', 'Callable', 'Hashable', 'Sized', 'Container',
         'Collection', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set',
         'MutableSet', 'Reversible']

async def co(): pass
async def ag(): yield 1
def gen(): yield 1
c = co()
values = [1, 'ab', b'ab', [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]), gen(),
          c, ag(), len, lambda: 0, None, {}.keys(), {}.items(), {}.values(), bytearray(b'x'), 1.5]
for v in values:
    print(type(v).__name__, [n for n in names if isinstance(v, getattr(abc, n))])
c.close()

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class NoHash:
    __hash__ = None
class Sz:
    def __len__(self): return 0
class Cont:
    def __contains__(self, x): return False
class Coll(Sz, Cont, OnlyIter): pass
class Aw:
    def __await__(self): yield
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
class Call:
    def __call__(self): pass
class Rev(OnlyIter):
    def __reversed__(self): return iter([])
for cls in [It, OnlyIter, NoHash, Sz, Cont, Coll, Aw, AI, Call, Rev, object, int, list, dict]:
    print(cls.__name__, [n for n in names if issubclass(cls, getattr(abc, n))])

class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Collection))
print(sorted(m.keys()), sorted(m.items()), sorted(m.values()), 'a' in m, m.get('z', 0), m == {'a': 1, 'b': 2})

class MySeq(Sequence):
    def __getitem__(self, i): return [3, 1, 2][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), 2 in s, s.index(2), s.count(1), list(reversed(s)))

class Thing: pass
Sequence.register(Thing)
print(issubclass(Thing, Sequence), isinstance(Thing(), Sequence), isinstance(Thing(), Iterable), issubclass(Thing, Reversible))
@Iterable.register
class Reg: pass
print(issubclass(Reg, Iterable), Reg.__name__)
try:
    issubclass(1, Iterable)
except TypeError as e:
    print('TypeError:', e)
class MySet(Set):
    def __init__(self, it): self.s = list(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([9]))
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml += [4]
print(ml.l, ml.pop(), ml.l, isinstance(ml, MutableSequence))
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), MutableSequence))
