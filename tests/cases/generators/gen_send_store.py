# Values sent into generators suspended before a store or a discarded
# yield; line numbers and locals after each resumption.
import sys


def echo():
    total = 0
    while True:
        x = yield total
        total += x
        yield
        print('line', sys._getframe().f_lineno, 'locals', sorted(sys._getframe().f_locals))


g = echo()
print(next(g))
print(g.send(5))
print(g.gi_frame.f_lineno)
print(g.send('ignored'))
print(g.send(7))
print(g.gi_frame.f_lineno)


def pairs():
    a, b = yield
    c = yield a + b
    return c


p = pairs()
next(p)
print(p.send((1, 2)))
try:
    p.send('done')
except StopIteration as e:
    print('returned', e.value)


def collect():
    out = []
    try:
        while True:
            out.append((yield len(out)))
    except GeneratorExit:
        print('collected', out)
        raise


c = collect()
next(c)
for v in 'abc':
    r = c.send(v)
print(r)
c.close()


def unbound():
    yield
    print(y)
    y = 1


u = unbound()
next(u)
try:
    u.send(1)
except UnboundLocalError as e:
    print(e)

for i, v in enumerate(x * 2 for x in range(3)):
    print(i, v)
