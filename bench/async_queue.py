# Producers and consumers exchanging items over bounded asyncio.Queues.
import asyncio

N_PRODUCERS = 8
N_CONSUMERS = 8
ITEMS = 100000


async def producer(q, pid):
    for i in range(ITEMS):
        await q.put((pid * 7919 + i) % 10007)


async def consumer(q, out, cid):
    acc = 0
    n = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        acc = (acc * 31 + item) % 1000003
        n += 1
        q.task_done()
    out.append((cid, n, acc))


async def main():
    q = asyncio.Queue(maxsize=64)
    out = []
    consumers = [asyncio.create_task(consumer(q, out, c)) for c in range(N_CONSUMERS)]
    await asyncio.gather(*(producer(q, p) for p in range(N_PRODUCERS)))
    for _ in range(N_CONSUMERS):
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    total = sum(n for _, n, _ in out)
    check = 0
    for _, n, acc in sorted(out):
        check = (check * 131 + acc + n) % 1000000007
    print(total, check, q.qsize(), q.empty())


asyncio.run(main())
