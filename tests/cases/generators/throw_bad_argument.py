# throw() with something that is not an exception is a TypeError.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
for bad in (42, 'text', None, object):
    try:
        g.throw(bad)
    except TypeError as e:
        print(type(bad).__name__, '->', e)
print('still suspended:', next(g))
try:
    g.throw(ValueError('v'), 'extra')
except TypeError as e:
    print('TypeError:', e)
