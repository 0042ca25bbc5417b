class K:
    a = 1
    def __init__(self):
        self.b = 2
    def m(self):
        return __class__.__name__
k = K()
print(k.__class__ is K, k.__class__.__name__)
print(k.__dict__)
print(sorted(n for n in K.__dict__ if not n.startswith('__')))
k.__dict__['c'] = 3
print(k.c)
print(k.m())
class Sub(K):
    pass
print(Sub().m(), Sub().__class__.__name__)
