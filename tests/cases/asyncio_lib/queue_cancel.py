import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    await asyncio.sleep(0)
    print(str(q), g1.cancelled())
    q.put_nowait('item')
    print(await g2)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timed out', str(q))
    # A getter woken but cancelled before it runs passes the item on.
    g3 = asyncio.create_task(q.get())
    g4 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('one')
    g3.cancel()
    print(await g4, str(q))
    full = asyncio.Queue(1)
    full.put_nowait(0)
    p = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    print(str(full))
    p.cancel()
    await asyncio.sleep(0)
    print(str(full), p.cancelled())


asyncio.run(main())
