import asyncio
from _util import norepr


async def main():
    lock = asyncio.Lock()
    print(norepr(lock), lock.locked())
    print(await lock.acquire(), lock.locked())
    print(norepr(lock))
    lock.release()
    print(norepr(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with lock as x:
        print('inside', x, lock.locked())
    print('after', lock.locked())
    try:
        async with lock:
            raise KeyError('inside')
    except KeyError:
        print('released on error:', not lock.locked())
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError:
        print('loop= is a TypeError')
    print(type(lock).__module__, type(lock).__qualname__)


asyncio.run(main())
