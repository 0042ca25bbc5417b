it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(iter(it) is it)
calls = iter([5, 4, 3, 0, 9])
def read():
    return next(calls)
print(list(iter(read, 0)))
chunks = iter('ab.c')
print(list(iter(lambda: next(chunks), '.')))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
