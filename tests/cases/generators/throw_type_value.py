# The 2-argument form throw(Type, value) (no DeprecationWarning in 3.11).
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError, 'message')
g.throw(KeyError, ('a', 'tuple'))
inst = IndexError('instance')
g.throw(IndexError, inst)
g.throw(TypeError, None)
print('done')
