# A types.coroutine generator can yield from a native coroutine.
import types

async def native():
    return 'native result'

@types.coroutine
def legacy():
    r = yield from native()
    return 'legacy got ' + r

async def main():
    return await legacy()

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
