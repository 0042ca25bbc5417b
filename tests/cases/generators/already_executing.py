# A generator cannot be resumed while it is running.
def gen():
    me = yield 'ready'
    try:
        next(me)
    except ValueError as e:
        print('next:', e)
    try:
        me.send(None)
    except ValueError as e:
        print('send:', e)
    try:
        me.throw(KeyError('k'))
    except ValueError as e:
        print('throw:', e)
    yield 'still fine'

g = gen()
print(next(g))
print(g.send(g))

def self_close():
    yield
    try:
        g2.close()
    except ValueError as e:
        print('close:', e)
    yield 'done'

g2 = self_close()
next(g2)
print(next(g2))
