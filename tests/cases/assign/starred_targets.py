first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
p, *q = [1]
print(p, q)
*everything, = (5, 6)
print(everything)
x, *y, w = 1, 2
print(x, y, w)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
