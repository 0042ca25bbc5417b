# yield from forwards sends; a plain for loop re-yielding does not.
def sub():
    got = yield 'first'
    print('sub got', repr(got))
    yield 'second'

def via_yield_from():
    yield from sub()

def via_loop():
    for v in sub():
        yield v

for f in (via_yield_from, via_loop):
    g = f()
    print(f.__name__, next(g))
    print(f.__name__, g.send('payload'))
