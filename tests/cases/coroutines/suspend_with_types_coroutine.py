# A coroutine suspends where a generator-based coroutine yields.
import types

@types.coroutine
def switch(v):
    got = yield v
    return got

async def f():
    a = await switch('first')
    print('got', a)
    b = await switch('second')
    print('got', b)
    return a + b

c = f()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print('result', e.value)
