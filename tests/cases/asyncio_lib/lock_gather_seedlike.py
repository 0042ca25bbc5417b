import asyncio


async def coro(name, lock):
    print('coro {}: waiting for lock'.format(name))
    async with lock:
        print('coro {}: holding the lock'.format(name))
        await asyncio.sleep(0.01)
        print('coro {}: releasing the lock'.format(name))


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(coro(n, lock) for n in range(1, 5)))


asyncio.run(main())
