def apply(f, items):
    return [f(x) for x in items]
apply(lambda v: 100 // v, [5, 2, 0, 1])
