# copy.copy / copy.deepcopy and object.__getstate__ of slotted objects.
import copy


class P:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return f'P(a={getattr(self, "a", "<unset>")!r}, b={getattr(self, "b", "<unset>")!r})'


p = P([1, 2])
print(p.__getstate__())
p.b = {'k': 'v'}
print(p.__getstate__())
q = copy.copy(p)
print(q, q is p, q.a is p.a, q.b is p.b)
r = copy.deepcopy(p)
print(r, r.a is p.a, r.a == p.a, r.b == p.b)
unset = P.__new__(P)
print(unset.__getstate__(), copy.copy(unset), copy.deepcopy(unset))


class Sub(P):
    __slots__ = ('__c',)

    def __init__(self):
        super().__init__('a')
        self.__c = 'c'


s = Sub()
print(s.__getstate__())
s2 = copy.deepcopy(s)
print(type(s2).__name__, s2.a, s2._Sub__c, hasattr(s2, 'b'))


class WithDict:
    __slots__ = ('x', '__dict__')


w = WithDict()
print(w.__getstate__())
w.x = [0]
print(w.__getstate__())
w.y = 'dict value'
print(w.__getstate__())
w2 = copy.copy(w)
print(w2.x is w.x, w2.y, w2.__dict__ is w.__dict__)
w3 = copy.deepcopy(w)
print(w3.x is w.x, w3.x, w3.y)


class Empty:
    __slots__ = ()


print(type(copy.copy(Empty())).__name__, type(copy.deepcopy(Empty())).__name__)
print(Empty().__getstate__())


class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


# A cycle through slots.
a = Node(1)
b = Node(2, a)
a.next = b
a2 = copy.deepcopy(a)
print(a2.value, a2.next.value, a2.next.next is a2, a2 is not a)


class Custom:
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, state):
        self.v = state['v'] + 1


c = copy.copy(Custom(4))
print(c.v, copy.deepcopy(Custom(5)).v)


class Hooks:
    __slots__ = ('v',)

    def __copy__(self):
        n = Hooks()
        n.v = 'copied'
        return n


h = Hooks()
print(copy.copy(h).v)


class Plain:
    pass


pl = Plain()
print(pl.__getstate__())
pl.z = 1
print(pl.__getstate__(), pl.__getstate__() is pl.__dict__)
print(object().__getstate__())
