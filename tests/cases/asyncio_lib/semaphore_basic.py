import asyncio
from _util import norepr

active = 0
peak = 0
order = []


async def worker(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        order.append(n)
        await asyncio.sleep(0.005)
        active -= 1


async def main():
    sem = asyncio.Semaphore(2)
    print(norepr(sem), sem.locked())
    await asyncio.gather(*(worker(sem, n) for n in range(7)))
    print('peak', peak, 'order', order)
    print(norepr(sem))
    s0 = asyncio.Semaphore(0)
    print(norepr(s0), s0.locked())
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print(norepr(s0))
    s0.release()
    print(await t, norepr(s0))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore()
    s.release()
    s.release()
    print(norepr(s))


asyncio.run(main())
