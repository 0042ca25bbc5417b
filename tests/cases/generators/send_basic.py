# send(v) resumes the generator and v becomes the value of the paused yield.
def gen():
    print('start')
    a = yield 'first'
    print('got', a)
    b = yield 'second'
    print('got', b)
    yield a + b

g = gen()
print(next(g))
print(g.send(10))
print(g.send(32))
