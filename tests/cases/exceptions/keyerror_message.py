d = {'a': 1}
for key in ['missing', 42, ('t', 1), '', "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), '|', repr(e), '|', e.args)
try:
    raise KeyError('custom message')
except KeyError as e:
    print(e)
