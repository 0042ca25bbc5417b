# ag_running while the async generator's frame executes.
import types

@types.coroutine
def pause():
    yield 'paused'

async def agen():
    print('running inside:', g.ag_running)
    await pause()
    yield 1

g = agen()
print('before', g.ag_running)
aw = g.__anext__()
print(aw.send(None))
print('suspended in await', g.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print('yielded', e.value)
print('after', g.ag_running)
