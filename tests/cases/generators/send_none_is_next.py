# send(None) starts a generator and is otherwise the same as next().
def gen():
    v = yield 1
    print('v', v)
    v = yield 2
    print('v', v)
    yield 3

g = gen()
print(g.send(None))
print(g.send(None))
print(next(g))
h = gen()
print(next(h), h.send(None), h.__next__())
