# throw() on a just-started generator raises at its start: the body never runs.
def gen():
    print('body started')
    try:
        yield 1
    except ValueError:
        print('handler in body')
        yield 'handled'
    finally:
        print('finally in body')

g = gen()
try:
    g.throw(ValueError('early'))
except ValueError as e:
    print('raised directly:', e)
print(list(g))
try:
    next(g)
except StopIteration:
    print('closed')
