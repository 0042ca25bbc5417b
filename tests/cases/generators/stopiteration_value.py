# The return value of a generator becomes StopIteration.value (and args).
def gen():
    yield 'only'
    return 'result'

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value:', repr(e.value))
    print('args:', e.args)
    print(type(e).__name__, isinstance(e, Exception))

def gen_tuple():
    return (1, 2)
    yield

try:
    next(gen_tuple())
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
