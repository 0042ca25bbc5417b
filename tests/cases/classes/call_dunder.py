class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, times=1):
        return x * self.k * times
m = Multiplier(3)
print(m(5), m(5, times=2), callable(m), callable(Multiplier))
print(list(map(m, [1, 2, 3])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c(), c.n)
