# An exception raised in the innermost generator unwinds through the chain.
def inner(fail):
    yield 'inner 1'
    if fail:
        raise ValueError('inner failed')
    yield 'inner 2'

def middle(fail):
    try:
        yield from inner(fail)
    finally:
        print('middle finally')

def outer(fail, catch):
    try:
        yield from middle(fail)
    except ValueError as e:
        if not catch:
            raise
        print('outer caught', e)
        yield 'outer recovered'

print(list(outer(False, True)))
print(list(outer(True, True)))
try:
    list(outer(True, False))
except ValueError as e:
    print('caller caught', e)
