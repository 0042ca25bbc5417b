# Catching GeneratorExit and re-raising (or raising StopIteration by returning) is a normal close.
def reraises():
    try:
        yield 1
    except GeneratorExit:
        print('cleanup, then re-raise')
        raise

def returns():
    try:
        yield 1
    except GeneratorExit:
        print('cleanup, then return')
        return 'ignored value'

for f in (reraises, returns):
    g = f()
    next(g)
    print(f.__name__, 'close() ->', g.close())
