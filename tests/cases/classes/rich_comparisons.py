class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        if verbose:
            print('lt', self.n, o.n)
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        print('gt', self.n, o.n)
        return self.n > o.n
    def __repr__(self):
        return f'V({self.n})'
verbose = True
print(V(1) < V(2))
print(V(3) > V(2))
print(V(2) <= V(2))
verbose = False
print(sorted([V(3), V(1), V(2)]))
print(max([V(5), V(9)]))
