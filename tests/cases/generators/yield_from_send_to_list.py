# send(non-None) while delegating to a list iterator: it has no send method.
def gen():
    yield from [1, 2, 3]

g = gen()
print(next(g))
print(g.send(None))
try:
    g.send('x')
except AttributeError as e:
    print('AttributeError:', e)
print(list(g))
