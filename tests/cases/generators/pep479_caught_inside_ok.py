# StopIteration caught inside the generator, or returned, is fine.
def gen():
    try:
        raise StopIteration('caught locally')
    except StopIteration as e:
        yield 'handled ' + str(e)
    it = iter([])
    try:
        next(it)
    except StopIteration:
        yield 'handled next'
    return 'clean return'

g = gen()
print(list(g))
def make_iter_plain():
    def __next__():
        raise StopIteration
    return __next__
f = make_iter_plain()
try:
    f()
except StopIteration:
    print('ordinary functions may raise StopIteration')
