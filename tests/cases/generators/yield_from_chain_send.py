# send() reaches the innermost generator of a 3-deep yield from chain.
def inner():
    log = []
    while True:
        v = yield 'inner has %s' % log
        if v == 'stop':
            return log
        log.append(v)

def middle():
    r = yield from inner()
    print('middle got', r)
    return len(r)

def outer():
    n = yield from middle()
    print('outer got', n)
    yield 'outer finishing'

g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(g.send('stop'))
