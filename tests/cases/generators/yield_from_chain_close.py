# close() of the outer generator closes every generator of the chain, innermost first.
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('inner sees GeneratorExit')
        raise
    finally:
        print('inner finally')

def middle():
    try:
        yield from inner()
    finally:
        print('middle finally')

def outer():
    try:
        yield from middle()
    except GeneratorExit:
        print('outer sees GeneratorExit')
        raise
    finally:
        print('outer finally')

g = outer()
print(next(g))
g.close()
print('closed; list ->', list(g))
