# throw() reaches the innermost generator of a 3-deep chain; it may handle it there.
def inner():
    while True:
        try:
            yield 'inner'
        except KeyError as e:
            print('inner handles', repr(e))
            yield 'inner recovered'

def middle():
    try:
        yield from inner()
    except ValueError as e:
        print('middle handles', repr(e))
        yield 'middle recovered'

def outer():
    try:
        yield from middle()
    except TypeError as e:
        print('outer handles', repr(e))
        yield 'outer recovered'

g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
print(g.throw(ValueError('v')))
g2 = outer()
next(g2)
print(g2.throw(TypeError('t')))
g3 = outer()
next(g3)
try:
    g3.throw(IndexError('i'))
except IndexError as e:
    print('nobody handles', repr(e))
