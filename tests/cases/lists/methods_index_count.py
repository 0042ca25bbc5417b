a = ['a', 'b', 'c', 'b', 'a']
print(a.index('b'), a.index('b', 2), a.index('a', 1, 5))
print(a.count('a'), a.count('z'), [1, 1.0, True].count(1))
try:
    [1, 2, 3].index(4)
except ValueError as e:
    print(e)
try:
    a.index('c', 3)
except ValueError as e:
    print(e)
try:
    ['x'].index('y')
except ValueError as e:
    print(e)
