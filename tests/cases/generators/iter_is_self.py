# A generator is its own iterator.
def gen():
    yield 1
    yield 2

g = gen()
print(iter(g) is g)
print(g.__iter__() is g)
print(g.__next__())
print(next(iter(g)))
print(iter(gen()) is not g)
