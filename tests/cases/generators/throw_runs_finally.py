# An uncaught thrown exception runs the generator's finally blocks on the way out.
def gen():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')

g = gen()
next(g)
try:
    g.throw(RuntimeError('stop'))
except RuntimeError as e:
    print('caught', e)
