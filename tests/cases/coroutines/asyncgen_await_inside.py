# An async generator that awaits: suspensions pass through to the driver.
import types

@types.coroutine
def pause(v):
    r = yield v
    return r

async def agen():
    got = await pause('await in agen')
    yield 'yielded ' + str(got)
    await pause('second await')
    yield 'last'

async def main():
    async for v in agen():
        print('main got', v)
    return 'done'

c = main()
print(c.send(None))
print(c.send('X'))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
