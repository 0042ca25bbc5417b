# A subgenerator that yields after GeneratorExit makes the outer close() raise RuntimeError.
def sub():
    try:
        yield 1
    except GeneratorExit:
        print('sub ignores GeneratorExit')
        yield 'still here'

def outer():
    try:
        yield from sub()
    finally:
        print('outer finally')

g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
