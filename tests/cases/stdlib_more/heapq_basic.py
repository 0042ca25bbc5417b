import heapq
from heapq import *

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 6]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapify(data); print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 5), data)

class Item:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f'{self.name}{self.pri}'

items = [Item(p, n) for p, n in [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (2, 'f'), (1, 'g'), (2, 'h')]]
heap = []
for it in items:
    heappush(heap, it)
print(heap)
print([heappop(heap) for _ in range(len(items))])
heap = list(items); heapify(heap); print(heap)
print(nsmallest(3, items, key=lambda i: i.pri), nlargest(3, items, key=lambda i: i.pri))
print(nsmallest(2, [5, 1, 4]), nlargest(2, [5, 1, 4]), nlargest(10, 'hello'), nsmallest(1, []), nlargest(0, [1]), nsmallest(1, [3, 2]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1], [])))
print(list(merge(['a3', 'b1'], ['a1', 'c2'], key=lambda s: s[1])))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(merge([(1, 'x'), (2, 'x')], [(1, 'y'), (2, 'y')], key=lambda t: t[0])))
m = merge(iter([1, 3]), iter([2])); print(next(m), next(m), list(m))
h = []
for i, w in enumerate('the quick brown fox jumps over the lazy dog'.split()):
    heappush(h, (len(w), i, w))
print([heappop(h)[2] for _ in range(len(h))])
heapq._heapify_max(data); print(data, heapq._heappop_max(data))
