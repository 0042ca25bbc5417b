# If the generator catches the thrown exception and returns, throw() raises StopIteration.
def gen():
    try:
        yield 1
    except ValueError as e:
        return 'handled ' + str(e)

g = gen()
next(g)
try:
    g.throw(ValueError('x'))
except StopIteration as e:
    print('StopIteration value:', e.value)
