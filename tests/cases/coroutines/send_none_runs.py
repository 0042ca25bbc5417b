# send(None) runs the coroutine; its return value arrives as StopIteration.value.
async def f(x):
    print('running with', x)
    return x * 2

c = f(21)
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value, e.args)
