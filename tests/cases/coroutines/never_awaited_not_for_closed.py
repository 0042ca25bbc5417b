# Closed, thrown-into and finished coroutines are not reported.
async def f():
    return 1

a = f()
a.close()
b = f()
try:
    b.throw(ValueError)
except ValueError:
    pass
c = f()
try:
    c.send(None)
except StopIteration:
    pass
print('no warnings')
