d = {'a': 1, 'b': 2}
k, v, items = d.keys(), d.values(), d.items()
print(k, v, items)
d['c'] = 3
print(list(k), list(v), list(items))
print('a' in k, 2 in v, ('b', 2) in items, ('b', 3) in items)
print(len(k), sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}))
print(type(k).__name__, type(v).__name__, type(items).__name__)
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print(e)
