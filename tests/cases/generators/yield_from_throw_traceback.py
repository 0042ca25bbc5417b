# Traceback of an exception thrown into a 3-deep chain that nobody catches.
def inner():
    while True:
        yield 'tick'

def middle():
    yield from inner()

def outer():
    yield from middle()

g = outer()
print(next(g))
g.throw(KeyError('thrown in'))
