# close() raises GeneratorExit at the paused yield, so finally blocks run.
def gen():
    try:
        print('start')
        yield 1
        print('not reached')
        yield 2
    finally:
        print('finally runs')

g = gen()
print(next(g))
print('close returns', g.close())
try:
    next(g)
except StopIteration:
    print('closed generator raises StopIteration')
