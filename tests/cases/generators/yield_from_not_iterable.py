# yield from a non-iterable raises TypeError when the generator reaches it.
def gen(obj):
    print('before')
    yield from obj
    print('after')

for obj in (5, None, 3.5):
    g = gen(obj)
    try:
        next(g)
    except TypeError as e:
        print('TypeError:', e)
