class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(len(Bag(3)), bool(Bag(0)), bool(Bag(2)))
if Flag(False):
    print('yes')
else:
    print('no')
print(not Flag(True))
class Plain:
    pass
print(bool(Plain()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
