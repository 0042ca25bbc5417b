d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 'dflt'))
print(d.setdefault('a', 5), d.setdefault('b', []), d)
d.setdefault('b', []).append('x')
print(d)
print(d.setdefault('c'), d)
