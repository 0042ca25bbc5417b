# Yielding in response to GeneratorExit makes close() raise RuntimeError.
def stubborn(times):
    while True:
        try:
            yield 'alive'
        except GeneratorExit:
            if times == 0:
                print('giving up')
                raise
            times -= 1
            print('ignoring GeneratorExit')

g = stubborn(2)
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError again:', e)
print('third close:', g.close())
print(list(g))
