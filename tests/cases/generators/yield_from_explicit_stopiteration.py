# yield from a generator that raises StopIteration explicitly (PEP 479 turns it
# into RuntimeError), and from a plain iterator whose StopIteration carries a value.
def bad_sub():
    yield 1
    raise StopIteration('explicit')

def delegator():
    try:
        r = yield from bad_sub()
        print('result', r)
    except RuntimeError as e:
        print('RuntimeError:', e, '| cause:', repr(e.__cause__))
        yield 'after error'

print(list(delegator()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('liftoff')
        self.n -= 1
        return self.n

def launcher():
    r = yield from Countdown(3)
    print('yield from returned', repr(r))

print(list(launcher()))
