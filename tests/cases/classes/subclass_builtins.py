class MyList(list):
    def sum(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), type(m).__name__, isinstance(m, list))
class DefaultDict(dict):
    def __missing__(self, key):
        return f'<{key}>'
d = DefaultDict(a=1)
print(d['a'], d['zz'], 'zz' in d)
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n.shout(), n + 'by', type(n + 'by').__name__)
class Count(int):
    pass
c = Count(5)
print(c + 1, type(c + 1).__name__, repr(c))
