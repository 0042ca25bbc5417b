# throw(Type) instantiates the exception class with no arguments.
class Custom(Exception):
    def __init__(self, *args):
        print('Custom.__init__', args)
        super().__init__(*args)

def gen():
    try:
        yield 1
    except Exception as e:
        print('caught', type(e).__name__, e.args)
        yield 2

g = gen()
next(g)
print(g.throw(KeyError))
g = gen()
next(g)
print(g.throw(Custom))
