# An exception thrown in and not caught propagates out of throw() and finishes the generator.
def gen():
    yield 1
    print('not reached')
    yield 2

g = gen()
next(g)
try:
    g.throw(KeyError('missing'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(g)
except StopIteration:
    print('generator is finished')

def gen2():
    try:
        yield 1
    except ValueError:
        print('wrong handler')
    yield 'no'

g = gen2()
next(g)
try:
    g.throw(TypeError('not a ValueError'))
except TypeError as e:
    print('TypeError:', e)
