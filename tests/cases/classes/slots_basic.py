# __slots__ declarations: forms, member descriptors, reads, writes, deletes.


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, p.norm1())
print(type(Point.__dict__['x']))
print(type(Point.__dict__['x']).__name__, Point.x, repr(Point.y))
print(Point.x.__name__, Point.x.__objclass__ is Point, Point.x.__qualname__)
print(Point.__slots__)
print([k for k in Point.__dict__ if not k.startswith('__') or k == '__slots__'])
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 10)
print(p.y)
Point.y.__delete__(p)
print(hasattr(p, 'y'))

# Unset slots.
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print('AttributeError:', e, e.name, e.obj is q)
print(getattr(q, 'x', 'default'), hasattr(q, 'x'))
try:
    del q.x
except AttributeError as e:
    print('AttributeError:', e)
q.x = 1
del q.x
print(hasattr(q, 'x'))

# No __dict__, no other attributes.
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.norm1 = None
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.z
except AttributeError as e:
    print('AttributeError:', e)
try:
    vars(p)
except TypeError as e:
    print('TypeError:', e)
try:
    p.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
print([n for n in dir(p) if not n.startswith('_')])
print('x' in dir(Point), '__slots__' in dir(p))

# The declaration forms.


class S:
    __slots__ = 'only'


s = S()
s.only = 1
print(S.__slots__, s.only, [k for k in S.__dict__ if not k.startswith('__')])


class L:
    __slots__ = ['b', 'a']


print(L.__slots__, [k for k in L.__dict__ if not k.startswith('__')])


class G:
    __slots__ = (n for n in ('g1', 'g2'))


g = G()
g.g1, g.g2 = 1, 2
print(g.g1 + g.g2, type(G.__slots__).__name__)


class D:
    __slots__ = {'k': 'a doc', 'v': None}


d = D()
d.k = 'K'
print(d.k, list(D.__slots__), type(D.k).__name__)


class E:
    __slots__ = ()


e = E()
try:
    e.anything = 1
except AttributeError as exc:
    print('AttributeError:', exc)
print(type(e).__name__, hasattr(e, '__dict__'))

C2 = type('C2', (), {'__slots__': ('a', 'b'), 'total': lambda self: self.a + self.b})
c2 = C2()
c2.a, c2.b = 2, 5
print(c2.total(), C2.a, list(k for k in C2.__dict__ if not k.startswith('_')))

# A __getattr__ fallback sees unset slots; __setattr__ overrides reach them
# through object.__setattr__.


class Fallback:
    __slots__ = ('a', 'log')

    def __getattr__(self, name):
        return 'fallback ' + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


f = Fallback()
print(f.a, f.b)
f.a = 21
print(f.a)
try:
    f.c = 1
except AttributeError as exc:
    print('AttributeError:', exc)

# A class attribute replacing the member descriptor hides the slot.


class R:
    __slots__ = ('v',)


r = R()
r.v = 1
R.v = 'class value'
print(r.v, R.v)
try:
    r.v = 2
except AttributeError as exc:
    print('AttributeError:', exc)

# Properties and methods next to slots.


class Temp:
    __slots__ = ('_c',)

    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9


t = Temp(100)
print(t.f)
t.f = 32
print(t._c, t.f)

# Descriptors applied to the wrong type.
try:
    Point.x.__get__(1, int)
except TypeError as exc:
    print('TypeError:', exc)
try:
    Point.x.__set__(s, 1)
except TypeError as exc:
    print('TypeError:', exc)
