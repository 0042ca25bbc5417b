def f():
    yield 1
g1 = f()
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
g2 = f()
print(g1.__name__, g1.__qualname__, g2.__name__, g2.__qualname__)
g2.__name__ = 'x'
print(g2.__name__, g2.__qualname__, f().__name__)
g2.__qualname__ = 'y'
print(g2.__name__, g2.__qualname__, repr(g2).split(' at ')[0])
async def c(): pass
co = c(); print(co.__name__, co.__qualname__); co.close()
