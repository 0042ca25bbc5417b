# __name__ and __qualname__ of a generator can be reassigned (strings only).
def gen():
    yield

g = gen()
g.__name__ = 'renamed'
g.__qualname__ = 'Outer.renamed'
print(g.__name__, g.__qualname__)
print(repr(g).startswith('<generator object Outer.renamed at 0x'))
print(gen().__name__)
try:
    g.__name__ = 42
except TypeError as e:
    print('TypeError:', e)
