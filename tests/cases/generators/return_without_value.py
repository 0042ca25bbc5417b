# A bare return or falling off the end gives StopIteration with value None.
def bare():
    yield 1
    return

def falls_off():
    yield 1

for f in (bare, falls_off):
    g = f()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)

def empty():
    return
    yield

print(list(empty()))
