# A with block inside a generator: __exit__ is called with GeneratorExit on close().
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False

def reader():
    with Resource('file') as r:
        for i in range(5):
            yield '%s line %d' % (r.name, i)

g = reader()
print(next(g))
print(next(g))
g.close()
print('closed')
