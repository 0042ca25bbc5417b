print(-5, +5, ~5, -(-5), ~~5, -0.0, +(-2.5), -True, +False, ~False)
class N:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
n = N()
print(-n, +n, ~n)
