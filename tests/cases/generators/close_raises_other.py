# An exception other than GeneratorExit raised during close() propagates from close().
def gen():
    try:
        yield 1
    finally:
        raise ValueError('error during cleanup')

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print('ValueError:', e)
    print('context:', type(e.__context__).__name__)
print(list(g))
