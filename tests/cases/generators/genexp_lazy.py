# Generator expressions are lazy: side effects happen as values are pulled.
def noisy(x):
    print('computing', x)
    return x * 10

g = (noisy(x) for x in range(3))
print('created')
print(next(g))
print('between')
for v in g:
    print('loop', v)
g = (x for x in range(5) if print('test', x) or x % 2)
print(list(g))
