# yield from calls send/throw/close on the subiterator when it defines them.
class Echo:
    def __init__(self):
        self.count = 0
    def __iter__(self):
        return self
    def __next__(self):
        print('  __next__')
        return self.send(None)
    def send(self, v):
        print('  send', repr(v))
        self.count += 1
        if self.count > 4:
            raise StopIteration('echo done')
        return ('echo', v)
    def throw(self, *args):
        print('  throw', [type(a).__name__ for a in args])
        return 'thrown value handled'
    def close(self):
        print('  close')

def deleg():
    r = yield from Echo()
    print('  result', r)
    yield 'after'

g = deleg()
print(next(g))
print(g.send('hello'))
print(g.throw(KeyError('k')))
g.close()
print('---')
g = deleg()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(3))
print(g.send(4))
