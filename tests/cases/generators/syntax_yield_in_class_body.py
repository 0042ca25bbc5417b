class Broken:
    a = 1
    yield a
