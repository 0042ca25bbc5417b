d = {'a': 1, 'b': 2}
d.update({'b': 20, 'c': 30})
print(d)
d.update([('d', 4)], e=5)
print(d)
d.update(a=100)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
