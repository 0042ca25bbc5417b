import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
    await q.put('x')
    print(str(q), q.qsize(), q.empty(), q.full())
    print(q.get_nowait(), await q.get())
    print(str(q))
    q.task_done()
    print(str(q))
    while not q.empty():
        q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), isinstance(e, Exception))
    b = asyncio.Queue(maxsize=2)
    b.put_nowait(1)
    b.put_nowait(2)
    print(str(b), b.full())
    try:
        b.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    neg = asyncio.Queue(-1)
    for i in range(5):
        neg.put_nowait(i)
    print(neg.full(), neg.qsize())
    print(repr(q).startswith('<Queue at 0x'), repr(q).endswith(' maxsize=0 tasks=3>'))


asyncio.run(main())
