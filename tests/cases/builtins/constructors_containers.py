print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
print(tuple(), tuple([1, 2]), tuple('hi'))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1))
print(sorted(set('hello')), set(), sorted(set([3, 1, 3])))
print(frozenset(), sorted(frozenset([2, 1])))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes('hé', 'utf-8'))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
