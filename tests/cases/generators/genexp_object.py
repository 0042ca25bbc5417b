# A genexp is a generator: send/throw/close work; it can be consumed once.
g = (x * 2 for x in range(3))
print(type(g).__name__, g.__name__)
print(g.__qualname__)
print(repr(g).startswith('<generator object <genexpr> at 0x'))
print(next(g), g.send(None))
print(list(g), list(g))
g = (x for x in range(3))
next(g)
try:
    g.throw(ValueError('into genexp'))
except ValueError as e:
    print('ValueError:', e)
print(list(g))
g = (x for x in range(3))
g.close()
print(list(g))
g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print('TypeError:', e)
