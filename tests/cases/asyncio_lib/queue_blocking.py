import asyncio


async def getter(q, n):
    item = await q.get()
    print('getter', n, 'got', item)


async def putter(q, item):
    await q.put(item)
    print('put', item)


async def main():
    q = asyncio.Queue(1)
    gs = [asyncio.create_task(getter(q, n)) for n in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    for item in 'abc':
        q.put_nowait(item)
        await asyncio.sleep(0)
    await asyncio.gather(*gs)
    q.put_nowait('first')
    ps = [asyncio.create_task(putter(q, item)) for item in ('second', 'third')]
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get())
    await asyncio.sleep(0)
    print(await q.get())
    await asyncio.sleep(0)
    print(await q.get())
    await asyncio.gather(*ps)
    print(str(q))


asyncio.run(main())
