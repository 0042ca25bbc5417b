# CPython runs a suspended generator's finally as soon as the last reference goes
# (reference counting); other implementations may run it later.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally of the dropped generator')

g = gen()
print(next(g))
print('before del')
del g
print('after del')
