(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = 'a', 'bc'
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
((m, n), (o, s)) = ((1, 2), (3, 4))
print(m + n + o + s)
