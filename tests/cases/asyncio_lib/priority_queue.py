import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(5, 'e'), (1, 'a'), (3, 'c'), (2, 'b'), (4, 'd'), (1, 'A'), (3, 'C')]:
        q.put_nowait(item)
    print(str(q))
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)


async def main2():
    q = asyncio.PriorityQueue(maxsize=3)
    await q.put(3)
    await q.put(1)
    await q.put(2)
    print(q.full(), q.qsize(), str(q))
    nums = [17, 3, 99, 42, 8, 8, 23, 1, 64, 5, 30, 11]
    q2 = asyncio.PriorityQueue()
    for n in nums:
        q2.put_nowait(n)
    print(str(q2))
    print([q2.get_nowait() for _ in nums])
    print(isinstance(q2, asyncio.Queue))


asyncio.run(main())
asyncio.run(main2())
