a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = 'xy'
print(e, f)
g, = [7]
print(g)
h, i, j = range(3)
print(h, i, j)
k, l = {'one': 1, 'two': 2}
print(k, l)
for x, y in [(1, 'a'), (2, 'b')]:
    print(x, y)
