import asyncio
from _util import norepr

order = []


async def worker(lock, n):
    async with lock:
        order.append(n)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(worker(lock, n)) for n in range(6)]
    await asyncio.sleep(0)
    print(norepr(lock))
    lock.release()
    await asyncio.gather(*tasks)
    print(order)
    print(norepr(lock))


asyncio.run(main())
