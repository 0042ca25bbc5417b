import asyncio


async def worker(q, results):
    while True:
        n = await q.get()
        await asyncio.sleep(0.01 * n)
        results.append(n)
        q.task_done()


async def main():
    q = asyncio.Queue()
    await q.join()
    print('join on empty queue returns at once')
    results = []
    for n in (5, 1, 3, 2, 4):
        q.put_nowait(n)
    workers = [asyncio.create_task(worker(q, results)) for _ in range(2)]
    await q.join()
    print(sorted(results), q.empty(), str(q))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
