# Wrong arguments to send/throw/close, and throw with a traceback argument.
import sys
def gen():
    try:
        yield 1
    except Exception as e:
        print('caught', type(e).__name__, e, e.__traceback__ is not None)
        yield 2
g = gen(); next(g)
for call in [lambda: g.throw(1), lambda: g.send(), lambda: g.send(1, 2), lambda: g.throw(), lambda: g.throw(ValueError, 1, 2),
             lambda: g.throw(ValueError('x'), 'v'), lambda: g.throw(int), lambda: g.close(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
print(g.throw(ValueError, ValueError('tb'), tb))
h = gen(); next(h)
try:
    h.throw(TypeError('z'))
except TypeError as e:
    print('propagated', e)
print(gen().throw.__name__, type(gen().send))
