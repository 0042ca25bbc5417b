a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b})
print({**b, **a})
print({**a, 'w': 0, **b, 'x': 'last'})
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [('q', 9)]
print(c)
try:
    a | [('k', 1)]
except TypeError as e:
    print(e)
