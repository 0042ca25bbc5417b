print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(False))
print(hash(42), hash(-1) == hash(-2), hash(0))
print(hash('abc') == hash('ab' + 'c'))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
print(isinstance(hash('x'), int))
