a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
x = None
print(x is None, x is not None, None is None)
print(2 in a, 3 in a, 3 not in a, 'b' in 'abc', 'k' in {'k': 1}, 1 in {1: 'v'}.values())
print(not 1 in [1], not (1 in [1]), (not 1) in [False])
print(True is True, type(1) is int)
