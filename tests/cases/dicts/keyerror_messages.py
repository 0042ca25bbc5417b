d = {'a': 1}
for k in ['b', 1, (1, 2), None, 'quote\'s']:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e))
try:
    del d['missing']
except KeyError as e:
    print('del:', e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
