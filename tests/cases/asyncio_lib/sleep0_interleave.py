import asyncio

log = []


async def worker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    log.append(f'{name}-end')


async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2))
    t3 = asyncio.create_task(worker('c', 4))
    log.append('main')
    await asyncio.sleep(0)
    log.append('main-after-1')
    await t1
    await t2
    await t3
    print(' '.join(log))


asyncio.run(main())
