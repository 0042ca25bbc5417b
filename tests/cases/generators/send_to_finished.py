# send() to a finished generator raises StopIteration.
def gen():
    x = yield 1
    return x * 2

g = gen()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print('returned', e.value)
try:
    g.send('again')
except StopIteration as e:
    print('StopIteration again, value', repr(e.value))
try:
    g.send(None)
except StopIteration:
    print('send(None) too')
