print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self): return iter('custom')
print(''.join(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
