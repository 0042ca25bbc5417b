d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d)
print(d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d['x'] = 9
print(d.popitem(), d)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
