# Sending a non-None value to a just-started generator is a TypeError.
def gen():
    print('body ran')
    x = yield 1
    print('x', x)
    yield 2

g = gen()
try:
    g.send('too early')
except TypeError as e:
    print('TypeError:', e)
print('generator still usable:', next(g))
print(g.send('now'))
for bad in (0, '', False):
    try:
        gen().send(bad)
    except TypeError as e:
        print(repr(bad), '->', e)
