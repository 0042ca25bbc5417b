# Calling a generator function runs none of its body; each next() runs to the next yield.
def gen():
    print('body: start')
    yield 1
    print('body: after first yield')
    yield 2
    print('body: end')

print('before call')
g = gen()
print('after call')
print('next ->', next(g))
print('between')
print('next ->', next(g))
print('last next:')
try:
    next(g)
except StopIteration:
    print('StopIteration')
