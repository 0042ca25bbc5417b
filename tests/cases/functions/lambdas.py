sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, x=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(sq.__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print((lambda: 'no args')())
