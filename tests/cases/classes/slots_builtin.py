# __slots__ on subclasses of builtin types.
from collections import namedtuple


class Flag(int):
    __slots__ = ()

    def describe(self):
        return f'flag {int(self)}'


f = Flag(5)
print(f + 1, f.describe(), isinstance(f, int), hasattr(f, '__dict__'))
try:
    f.x = 1
except AttributeError as e:
    print('AttributeError:', e)


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


pr = Pair(1, 2)
print(pr, pr.first, len(pr), hasattr(pr, '__dict__'))
try:
    pr.y = 1
except AttributeError as e:
    print('AttributeError:', e)

Point = namedtuple('Point', 'x y')
pt = Point(1, 2)
print(pt, pt.x + pt.y, Point.__slots__)
try:
    pt.z = 3
except AttributeError as e:
    print('AttributeError:', e)


class Point3(Point):
    __slots__ = ()

    def total(self):
        return self.x + self.y


p3 = Point3(1, 2)
print(p3, p3.total(), Point3.__slots__)


class Tagged(list):
    __slots__ = ('tag',)


t = Tagged([1, 2, 3])
t.tag = 'numbers'
print(t, t.tag, len(t), type(Tagged.tag).__name__, hasattr(t, '__dict__'))
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError:', e)
del t.tag
print(hasattr(t, 'tag'))
try:
    t.tag
except AttributeError as e:
    print('AttributeError:', e)


class Name(str):
    __slots__ = ('lang',)


nm = Name('hello')
nm.lang = 'en'
print(nm.upper(), nm.lang, nm == 'hello')


class Err(Exception):
    __slots__ = ('code',)


try:
    raise Err('boom')
except Err as e:
    e.code = 7
    e.note = 'exceptions keep a __dict__'
    print(e, e.code, e.note, e.args)


class Counter(dict):
    __slots__ = ()

    def __missing__(self, key):
        return 0


c = Counter()
c['a'] += 1
print(c, c['zzz'])
try:
    c.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
