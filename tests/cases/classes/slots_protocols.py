# Slotted classes with the usual protocols: __new__, __eq__/__hash__, ordering,
# __init_subclass__, attrgetter, types.MemberDescriptorType.
import operator, functools
class Money:
    __slots__ = ('amount', 'cur')
    def __new__(cls, amount, cur='EUR'):
        self = super().__new__(cls)
        self.amount = amount
        return self
    def __init__(self, amount, cur='EUR'):
        self.cur = cur
    def __eq__(self, o):
        return (self.amount, self.cur) == (o.amount, o.cur)
    def __hash__(self):
        return hash((self.amount, self.cur))
    def __repr__(self):
        return f'Money({self.amount}, {self.cur!r})'
ms = [Money(3), Money(1, 'USD'), Money(3)]
print(len(set(ms)), sorted(ms, key=operator.attrgetter('amount')), ms[0] == ms[2])
print({m: m.cur for m in ms})
@functools.total_ordering
class V:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) <= V(2), max(V(3), V(5)).v)
class Base:
    __slots__ = ()
    def __init_subclass__(cls, **kw):
        print('subclass', cls.__name__, cls.__slots__)
class K(Base):
    __slots__ = ('k',)
print(K.k, str(K()).startswith('<__main__.K object at'))
import types
print(isinstance(K.__dict__['k'], types.MemberDescriptorType), types.MemberDescriptorType)
