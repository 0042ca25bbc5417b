class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()))
print(9 in Squares(), 10 in Squares())
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data.get(repr(key), 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[repr(key)] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[repr(key)]
g = Grid()
g[1, 2] = 'a'
print(g[1, 2], g[0, 0])
del g[1, 2]
g[1:3] = 'slice'
print(g[::2], g[1:3])
print(g.data)
