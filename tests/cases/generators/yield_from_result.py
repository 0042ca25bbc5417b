# The value of `yield from subgen` is the subgenerator's return value.
def sub(n):
    for i in range(n):
        yield i
    return 'sub returned %d' % n

def delegator():
    r1 = yield from sub(2)
    print('r1 =', r1)
    r2 = yield from sub(0)
    print('r2 =', r2)
    r3 = yield from [10, 11]
    print('r3 =', r3)
    return r1

g = delegator()
for v in g:
    print('got', v)
try:
    next(delegator())
except StopIteration:
    print('unexpected')
else:
    print('first value came from sub')
