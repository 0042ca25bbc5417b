print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(10), 'xyz!')))
names, ages = zip(*[('a', 1), ('b', 2)])
print(names, ages)
print(dict(zip('abc', range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1], [2], strict=True)))
