class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False
with Managed('a') as v:
    print('body', v)
with Managed('x') as x, Managed('y') as y:
    print('both', x, y)
try:
    with Managed('err'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('suppressing', a[0].__name__)
        return True
with Suppress():
    1 / 0
print('after suppress')
