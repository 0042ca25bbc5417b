class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('__getattr__', name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return 'default-' + name[4:]
        raise AttributeError(f'no {name}')
d = Defaults()
print(d.x, d.opt_color)
try:
    d.other
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(d, 'opt_a'), hasattr(d, 'zzz'))
