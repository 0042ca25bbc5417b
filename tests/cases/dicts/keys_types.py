d = {1: 'int', 1.5: 'float', 'one': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset([1]): 'fs'}
print(d)
print(d[1], d[1.0], d[None], d[(1, 2)], d[frozenset({1})])
print(len(d))
try:
    d[[1]] = 'list'
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
