import asyncio
from _util import norepr

items = []


async def consumer(cond, n):
    async with cond:
        await cond.wait_for(lambda: items)
        print('consumer', n, 'got', items.pop(0))


async def main():
    cond = asyncio.Condition()
    print(norepr(cond))
    tasks = [asyncio.create_task(consumer(cond, n)) for n in range(3)]
    await asyncio.sleep(0)
    print(norepr(cond))
    async with cond:
        items.append('a')
        cond.notify()
    for _ in range(5):
        await asyncio.sleep(0)
    async with cond:
        items.extend(['b', 'c'])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(norepr(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with lock:
        print('shared lock:', cond2.locked())
    print(cond2.locked())


asyncio.run(main())
