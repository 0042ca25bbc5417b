class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print('iadd')
        self.items.append(other)
        return self
    def __add__(self, other):
        print('add')
        n = Acc()
        n.items = self.items + [other]
        return n
a = Acc()
b = a
a += 1
print(a is b, a.items)
c = a + 2
print(c is a, c.items)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
x = NoIadd(1)
y = x
x += 5
print(x.v, y.v, x is y)
