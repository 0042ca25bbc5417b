# `x = yield` receives None from next() and the sent value from send().
def gen():
    while True:
        x = yield
        print('received', repr(x))

g = gen()
print(next(g))
print(next(g))
print(g.send('hello'))
print(g.send(None))
print(g.send([1, 2]))
