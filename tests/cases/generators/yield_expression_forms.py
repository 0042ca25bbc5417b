# Forms of the yield expression: tuples, bare yield, parenthesised in expressions.
def gen():
    yield 1, 2
    yield
    x = yield 'a' + 'b'
    print('x =', x)
    y = (yield) or 'falsy'
    print('y =', y)
    print('arg', (yield 'in call'))
    z = [(yield 'in list'), (yield 'second')]
    print('z =', z)
    yield (yield 'nested')

g = gen()
print(next(g))
print(next(g))
print(next(g))
print(g.send('X'))
print(g.send(0))
print(g.send('ARG'))
print(g.send('L1'))
print(g.send('L2'))
print(g.send('inner'))
try:
    next(g)
except StopIteration:
    print('done')
