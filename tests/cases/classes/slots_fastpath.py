# Slot loads and stores through the attribute inline caches: one site
# seeing slotted, plain and dict-carrying classes, class changes that
# invalidate the cache, unset slots, and the fused instructions.


class S:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class T:
    __slots__ = ('b', 'a', 'c')

    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = 0


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Sub(S):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.d = 'dict'


def get_ab(o):
    return o.a, o.b


def set_a(o, v):
    o.a = v


objs = [S(1, 2), T(3, 4), Plain(5, 6), Sub(7, 8), S('x', 'y')]
for round in range(3):
    print([get_ab(o) for o in objs])
    for i, o in enumerate(objs):
        set_a(o, o.a * 2 if round < 2 else o.a)
print(objs[3].d, vars(objs[3]))

# The fused forms: self.a + x, x + self.a, self.a.method(), LOAD_FAST+attr.


class Acc:
    __slots__ = ('n', 'items')

    def __init__(self):
        self.n = 0
        self.items = []

    def add(self, x):
        self.n = self.n + x
        self.n += 1
        self.items.append(self.n)
        return 10 - self.n


acc = Acc()
for i in range(5):
    r = acc.add(i)
print(acc.n, acc.items, r)

# An unset slot read from a warm site raises each time.


def read_a(o):
    try:
        return o.a
    except AttributeError as e:
        return f'unset: {e}'


s = S(1, 2)
u = S.__new__(S)
for o in (s, u, s, u):
    print(read_a(o))
del s.a
print(read_a(s))
s.a = 'back'
print(read_a(s))

# Replacing the member descriptor on the class invalidates the cache.


class V:
    __slots__ = ('v',)


def read_v(o):
    return o.v


vv = V()
vv.v = 'slot'
print(read_v(vv), read_v(vv))
saved = V.v
V.v = property(lambda self: 'property')
print(read_v(vv))
V.v = saved
print(read_v(vv))

# __class__ assignment between classes of the same layout.


class W1:
    __slots__ = ('x',)

    def who(self):
        return 'W1', self.x


class W2:
    __slots__ = ('x',)

    def who(self):
        return 'W2', self.x


w = W1()
w.x = 0
for i in range(4):
    w.x += 1
    print(w.who())
    w.__class__ = W2 if type(w) is W1 else W1

# A subclass with __getattribute__ / __setattr__ takes the slow path.


class Logged(S):
    __slots__ = ()

    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v * 10 if name == 'a' else v

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value + 1)


for o in (S(1, 2), Logged(1, 2), S(3, 4)):
    print(get_ab(o))

# Many slotted objects (the Node pattern).


class Node:
    __slots__ = ('value', 'left', 'right')

    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def walk(n):
    if n is not None:
        yield from walk(n.left)
        yield n.value
        yield from walk(n.right)


root = build(0, 2000)
print(sum(walk(root)), list(walk(root)) == list(range(2000)))

# Objects with more slots than the preallocated block sizes.
Big = type('Big', (), {'__slots__': tuple(f's{i}' for i in range(12))})
big = Big()
for i in range(12):
    setattr(big, f's{i}', i * i)
print([getattr(big, f's{i}') for i in range(12)], big.s11)
Mid = type('Mid', (), {'__slots__': tuple(f'm{i}' for i in range(5))})
mid = Mid()
mid.m4 = 'four'
print(mid.m4, hasattr(mid, 'm0'))
