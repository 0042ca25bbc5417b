import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
t = (1, 2, [3]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 'a')) is not None)
print(copy.deepcopy((1, 'a', (2,))) == (1, 'a', (2,)))
for x in [None, 1, 2.5, 'str', b'b', True, range(3), len, copy.copy, int, frozenset({1})]:
    print(repr(x) if not callable(x) or isinstance(x, type) else x.__name__, copy.copy(x) is x)
for x in [None, 1, 'str', len, int]:
    print(copy.deepcopy(x) is x)
st = {1, 2}; print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st))
ba = bytearray(b'xy'); print(copy.copy(ba), copy.copy(ba) is ba)

cyc = [1]; cyc.append(cyc)
c2 = copy.deepcopy(cyc); print(c2[1] is c2, c2[1] is not cyc)
shared = [0]; outer = [shared, shared]; o2 = copy.deepcopy(outer); print(o2[0] is o2[1], o2[0] is not shared)
dd = {'a': shared, 'b': shared}; d2 = copy.deepcopy(dd); print(d2['a'] is d2['b'])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point([1], 2)
p2 = copy.copy(p); p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3) is Point)

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))

t1 = Tracked([1]); t2 = copy.copy(t1); t3 = copy.deepcopy([t1, t1])
print(t2.v is t1.v, t3[0] is t3[1], t3[0].v == [1])

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'

w = copy.deepcopy(WithState()); print(w.a, w.cache)
w = copy.copy(WithState()); print(w.a, w.cache)

class Reducer:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reducer, (self.n * 10,))
print(copy.copy(Reducer(2)).n, copy.deepcopy(Reducer(3)).n)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 'x'
m2 = copy.copy(ml); m3 = copy.deepcopy(ml)
print(type(m2).__name__, m2, m2.tag, m3, m3[1] is ml[1], m2[1] is ml[1])

class MyDict(dict):
    pass
md = MyDict(a=[1]); md2 = copy.deepcopy(md); print(type(md2).__name__, md2, md2['a'] is md['a'])

memo = {}
x = [1, 2]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, memo[id(x)] == x)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node('root'); kid = Node('kid'); kid.parent = root; root.children.append(kid)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is not root, r2.children[0].name)
def g():
    yield 1
try:
    copy.deepcopy(g())
except TypeError as e:
    print('TypeError', e)
