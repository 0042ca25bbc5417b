# Coroutines are not iterators.
async def f():
    return 1

c = f()
try:
    c.__next__
except AttributeError as e:
    print('AttributeError:', e)
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(c)
except TypeError as e:
    print('TypeError:', e)
try:
    for x in c:
        pass
except TypeError as e:
    print('TypeError:', e)
print(hasattr(c, '__iter__'), hasattr(c, '__await__'), hasattr(c, 'send'))
c.close()
