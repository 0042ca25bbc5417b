# throw() at a suspension point; the coroutine catches it and continues.
import types

@types.coroutine
def pause():
    yield 'paused'

async def f():
    try:
        await pause()
    except KeyError as e:
        print('caught', repr(e))
    await pause()
    return 'done'

c = f()
print(c.send(None))
print(c.throw(KeyError('k')))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
