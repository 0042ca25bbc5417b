# __slots__ and inheritance: dicts, added slots, mangling, __dict__ and
# __weakref__ slots, multiple inheritance, __class__ assignment.


class Base:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 'A'


class NoSlots(Base):
    pass


n = NoSlots()
n.extra = 1
print(n.a, n.extra, n.__dict__, vars(n))
n.__dict__ = {'replaced': True}
print(n.__dict__, n.a, hasattr(n, 'extra'))
n.__dict__['later'] = 2
print(n.later, sorted(k for k in dir(n) if not k.startswith('__')))


class More(Base):
    __slots__ = ('b', 'c')

    def __init__(self):
        super().__init__()
        self.b = 'B'


m = More()
print(m.a, m.b, hasattr(m, 'c'), hasattr(m, '__dict__'))
try:
    m.d = 1
except AttributeError as e:
    print('AttributeError:', e)
print(Base.a is More.a, More.a.__get__(m), Base.a.__get__(m))
Base.a.__set__(m, 'A2')
print(m.a)


class Deeper(More):
    __slots__ = ()


dd = Deeper()
dd.c = 'C'
print(dd.a, dd.b, dd.c, hasattr(dd, '__dict__'))


class WithDict:
    __slots__ = ('x', '__dict__')


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__, vars(w))
print(sorted(k for k in WithDict.__dict__ if not k.startswith('__')))
del w.y
print(w.__dict__, w.x)


class WithDictSub(WithDict):
    __slots__ = ('z',)


ws = WithDictSub()
ws.x, ws.z, ws.free = 1, 3, 4
print(ws.x, ws.z, ws.free, ws.__dict__)


class Weak:
    __slots__ = ('v', '__weakref__')


wk = Weak()
print(wk.__weakref__, sorted(k for k in Weak.__dict__ if k != '__module__'))


class Private:
    __slots__ = ('__secret', 'public')

    def __init__(self):
        self.__secret = 's'
        self.public = 'p'

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), pr._Private__secret, sorted(k for k in Private.__dict__ if not k.startswith('__')))


class __Under:
    __slots__ = ('__u',)


print(sorted(k for k in __Under.__dict__ if 'u' in k and not k.startswith('__m')))

# A base without __slots__ anywhere in the MRO gives a __dict__.


class Plain:
    pass


class Empty:
    __slots__ = ()


class Mixed1(Empty, Plain):
    __slots__ = ()


class Mixed2(Plain, Empty):
    __slots__ = ()


class Mixed3(Base, Plain):
    __slots__ = ('q',)


for c in (Empty, Mixed1, Mixed2, Mixed3):
    print(c.__name__, hasattr(c(), '__dict__'))

m3 = Mixed3()
m3.q, m3.other = 1, 2
print(m3.a, m3.q, m3.other, vars(m3))

# __class__ assignment needs the same layout.


class Twin:
    __slots__ = ('a',)


class Sub(Base):
    __slots__ = ()


b = Base()
b.__class__ = Twin
print(type(b).__name__, b.a)
b.__class__ = Sub
print(type(b).__name__, b.a)
for target in (More, NoSlots, Plain, Empty):
    try:
        b.__class__ = target
    except TypeError as e:
        print('TypeError:', e)
pl = Plain()
for target in (Base, Empty, Mixed2):
    try:
        pl.__class__ = target
        print('ok', type(pl).__name__)
    except TypeError as e:
        print('TypeError:', e)
e1 = Empty()
e1.__class__ = type('Empty2', (), {'__slots__': ()})
print(type(e1).__name__)

# isinstance, super() and methods through the hierarchy.


class Shape:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f'{self.name} with area {self.area()}'


class Rect(Shape):
    __slots__ = ('w', 'h')

    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    __slots__ = ()

    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'


for s in (Rect(2, 3), Square(4)):
    print(s.describe(), isinstance(s, Shape), type(s).__mro__[1].__name__)

# __weakref__ is part of the layout too; a redeclared slot shadows the base's.


class NoWeak:
    __slots__ = ('a',)


class HasWeak:
    __slots__ = ('a', '__weakref__')


nw = NoWeak()
try:
    nw.__class__ = HasWeak
except TypeError as e:
    print('TypeError:', e)


class Again(NoWeak):
    __slots__ = ('a',)


ag = Again()
ag.a = 'own'
print(ag.a, Again.a is not NoWeak.a)
try:
    NoWeak.a.__get__(ag)
except AttributeError as e:
    print('AttributeError:', e)
NoWeak.a.__set__(ag, 'base')
print(ag.a, NoWeak.a.__get__(ag))
