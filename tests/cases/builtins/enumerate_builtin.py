print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], start=1)), list(enumerate('ab', 10)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
e = enumerate([])
print(list(e), type(enumerate([])).__name__)
print(list(enumerate(range(3), -1)))
