import operator as o
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
print(repr(o.itemgetter(1)), repr(o.itemgetter(1, 'a')), repr(o.attrgetter('x.y', 'z')), repr(o.methodcaller('f', 1, k=2)))
t(o.itemgetter); t(o.attrgetter); t(o.attrgetter, 1); t(o.methodcaller); t(o.methodcaller, 1)
t(o.index, 1.5); t(o.concat, 1, 2); t(o.itemgetter(5), [1]); t(o.attrgetter('zz'), 1)
t(o.length_hint, 1, 'a'); t(o.indexOf, [1], 2)
print(o.itemgetter, type(o.itemgetter(1)))
t(o.itemgetter(1), 'ab', 'c')
