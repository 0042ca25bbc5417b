# __exit__ sees exceptions raised in the generator or thrown into it, and may suppress them.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit with', exc_type.__name__ if exc_type else None, exc)
        return self.suppress

def gen(suppress):
    with Guard(suppress):
        yield 'in with'
        raise ValueError('raised inside')
    yield 'after with'

print(list(gen(True)))
try:
    list(gen(False))
except ValueError as e:
    print('propagated', e)

def gen2():
    with Guard(True):
        yield 1
    yield 'continued after suppressed throw'

g = gen2()
next(g)
print(g.throw(KeyError('thrown')))
