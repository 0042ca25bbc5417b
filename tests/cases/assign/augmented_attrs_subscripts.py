class Box:
    pass
b = Box()
b.count = 1
b.count += 10
b.count *= 2
print(b.count)
d = {'a': 1}
d['a'] += 5
d['b'] = d.get('b', 0) + 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
m[0][1] **= 5
print(m)
class Logged(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
ld = Logged(x=1)
ld['x'] += 41
