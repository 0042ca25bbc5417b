import asyncio
from _util import norepr


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(norepr(sem))
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    print(norepr(sem))
    async with sem:
        async with sem:
            print(norepr(sem), sem.locked())
    print(isinstance(sem, asyncio.Semaphore))
    try:
        asyncio.BoundedSemaphore(-3)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
