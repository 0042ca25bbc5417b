# yield from an iterator object that has only __iter__/__next__ (no send/throw/close).
class Numbers:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        print('__iter__ called')
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

def deleg():
    try:
        result = yield from Numbers()
        print('result', result)
    except ValueError as e:
        print('delegator caught thrown', repr(e))
        yield 'handled by delegator'

print(list(deleg()))
g = deleg()
print(next(g))
print(g.throw(ValueError('no throw method on iterator')))
g = deleg()
print(next(g))
g.close()
print('closed delegator with no close method on iterator')
g = deleg()
next(g)
print(g.send(None))
try:
    g.send('value')
except AttributeError as e:
    print('AttributeError:', e)
