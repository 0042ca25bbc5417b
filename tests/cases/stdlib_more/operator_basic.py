import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge([1], [1, 0]))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]))
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter(range(4))), op.length_hint(x for x in ()), op.length_hint(5, 9))
d = {}
op.setitem(d, 'a', 1); op.setitem(d, 'b', 2); op.delitem(d, 'a')
print(d, op.getitem(d, 'b'), op.getitem([1, 2, 3], slice(1, None)))
l = [1]; r = op.iadd(l, [2]); print(r is l, l)
t = (1,); r = op.iadd(t, (2,)); print(r is t, r)
print(op.isub(5, 3), op.imul(3, 4), op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1}; op.ior(s, {2}); print(s)
print(op.__add__(1, 2), op.__getitem__('xy', 1), op.__not__(1), op.__lt__(1, 2), op.__iadd__(1, 1), op.__concat__('a', 'b'))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))

rows = [('bob', 30, 'x'), ('alice', 25, 'y'), ('carol', 30, 'a')]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)))
print(itemgetter(slice(1, 3))('abcdef'), itemgetter('k', 'j')({'j': 1, 'k': 2}))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'

p = P('outer', P('inner'))
print(attrgetter('name')(p), attrgetter('inner.name')(p), attrgetter('name', 'inner.name')(p))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), methodcaller('upper')('abc'))
print(sorted([P('b'), P('a')], key=attrgetter('name'))[0].name)
print(repr(itemgetter(0)), repr(attrgetter('a.b')), repr(methodcaller('m')), repr(methodcaller('m', 1, 'x', z=None)))

class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __iadd__(self, o): self.x += o.x; return self
    def __matmul__(self, o): return self.x * o.x
    def __index__(self): return self.x
    def __repr__(self): return f'V({self.x})'
a = V(1)
print(op.add(a, V(2)), op.iadd(a, V(5)) is a, a, op.matmul(V(3), V(4)), op.index(V(8)))
import functools
print(functools.reduce(op.mul, range(1, 8)), list(map(op.sub, [10, 20], [1, 2])))
