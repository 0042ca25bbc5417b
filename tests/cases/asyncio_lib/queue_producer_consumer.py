import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print('put', f'{name}{i}', q.qsize())
    print(name, 'done')


async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, f'c{i}', out)) for i in range(2)]
    await asyncio.gather(producer(q, 'p', 5), producer(q, 'r', 3))
    await q.join()
    print(out)
    print(str(q))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print('consumers cancelled', [c.cancelled() for c in consumers])


asyncio.run(main())
