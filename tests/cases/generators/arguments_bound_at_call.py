# Arguments are bound when the generator is created, even though the body runs later.
def show(msg):
    print('evaluating', msg)
    return msg

def gen(a, b=10, *args, **kwargs):
    print('body sees', a, b, args, sorted(kwargs.items()))
    yield a + b

g = gen(show(1), show(2), 3, k=show('kw'))
print('created')
print(next(g))
items = [1, 2]
def consume(seq):
    for x in seq:
        yield x
g = consume(items)
items.append(3)
print(list(g))
items = ['rebound']
try:
    gen()
except TypeError as e:
    print('TypeError:', e)
