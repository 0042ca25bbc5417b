import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        await q.put(i)
    print(str(q), q.qsize())
    print([await q.get() for _ in range(3)])
    q.put_nowait('top')
    print(q.get_nowait(), q.get_nowait(), q.qsize())
    b = asyncio.LifoQueue(2)
    b.put_nowait('a')
    b.put_nowait('b')
    try:
        b.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull', str(b))


asyncio.run(main())
