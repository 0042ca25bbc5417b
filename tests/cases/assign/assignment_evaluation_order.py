def show(tag, value):
    print('eval', tag)
    return value
d = {}
d[show('key', 'k')] = show('value', 1)
x = [0, 0, 0]
x[show('idx', 1)], x[show('idx2', 2)] = show('rhs', (7, 8))
print(d, x)
