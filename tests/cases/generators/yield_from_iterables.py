# yield from works over any iterable.
def gen():
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'ab'
    yield from (6, 7)
    yield from iter([8])
    yield from {'k1': 0, 'k2': 0}
    yield from b'AB'
    yield from []
    yield from (c.upper() for c in 'xy')

print(list(gen()))
