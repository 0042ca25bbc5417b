d = {}
for k in ['zebra', 'apple', 'mango', 'kiwi']:
    d[k] = len(k)
print(d)
print(list(d), list(d.values()))
d['apple'] = 100
print(d)
del d['zebra']
d['zebra'] = 0
print(d)
print(list(reversed(d)))
