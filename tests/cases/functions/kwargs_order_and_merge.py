def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, c=3))
base = {'x': 1, 'y': 2}
print(show(**base, z=3))
print(show(**{'a': 1}, **{'b': 2}))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
def f(a, b):
    return a, b
try:
    f(1, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
