# Invalid __slots__ declarations raise CPython's errors.


def attempt(label, make):
    try:
        cls = make()
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '-> ok', sorted(k for k in cls.__dict__ if not k.startswith('__')))


attempt('int item', lambda: type('A', (), {'__slots__': ('a', 1)}))
attempt('not identifier', lambda: type('A', (), {'__slots__': ('1a',)}))
attempt('space in str', lambda: type('A', (), {'__slots__': 'a b'}))
attempt('empty name', lambda: type('A', (), {'__slots__': ('',)}))
attempt('dotted', lambda: type('A', (), {'__slots__': ('a.b',)}))
attempt('not iterable', lambda: type('A', (), {'__slots__': 5}))
attempt('None', lambda: type('A', (), {'__slots__': None}))
attempt('duplicates', lambda: type('A', (), {'__slots__': ('a', 'a')}))
attempt('unicode', lambda: type('A', (), {'__slots__': ('ñame',)}))
attempt('two __dict__', lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}))
attempt('two __weakref__', lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}))
attempt('class variable', lambda: type('A', (), {'__slots__': ('a',), 'a': 1}))
attempt('method', lambda: type('A', (), {'__slots__': ('m',), 'm': lambda self: 0}))
attempt('qualname', lambda: type('A', (), {'__slots__': ('__qualname__',)}))


def conflict_in_class_statement():
    class A:
        __slots__ = ('x',)
        x = 0
    return A


attempt('statement', conflict_in_class_statement)


def docstring_slot():
    class A:
        "A docstring."
        __slots__ = ('__doc__',)
    return A


attempt('docstring', docstring_slot)


def private_conflict():
    class A:
        __slots__ = ('__p',)
        __p = 1
    return A


attempt('private', private_conflict)


class Plain:
    pass


class Slotted:
    __slots__ = ('a',)


class Other:
    __slots__ = ('b',)


class Empty:
    __slots__ = ()


attempt('dict base + __dict__', lambda: type('A', (Plain,), {'__slots__': ('__dict__',)}))
attempt('dict base + __weakref__', lambda: type('A', (Plain,), {'__slots__': ('__weakref__',)}))
attempt('slotted + __dict__', lambda: type('A', (Slotted,), {'__slots__': ('__dict__',)}))
attempt('layout conflict', lambda: type('A', (Slotted, Other), {}))
attempt('layout conflict 2', lambda: type('A', (Other, Slotted), {'__slots__': ()}))
attempt('empty + slotted', lambda: type('A', (Empty, Slotted), {}))
attempt('slotted + plain', lambda: type('A', (Slotted, Plain), {'__slots__': ('c',)}))
attempt('int', lambda: type('A', (int,), {'__slots__': ('a',)}))
attempt('int empty', lambda: type('A', (int,), {'__slots__': ()}))
attempt('int __dict__', lambda: type('A', (int,), {'__slots__': ('__dict__',)}))
attempt('tuple', lambda: type('A', (tuple,), {'__slots__': 'a'}))
attempt('bytes', lambda: type('A', (bytes,), {'__slots__': ['a']}))
attempt('str', lambda: type('A', (str,), {'__slots__': ('a',)}))
attempt('list', lambda: type('A', (list,), {'__slots__': ('a',)}))
attempt('list + slotted', lambda: type('A', (list, Slotted), {}))
attempt('exception', lambda: type('A', (Exception,), {'__slots__': ('a',)}))


class MyInt(int):
    pass


attempt('int subclass', lambda: type('A', (MyInt,), {'__slots__': ('a',)}))
