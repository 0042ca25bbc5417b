import asyncio


async def work(n):
    await asyncio.sleep(0.05 * n)
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done', [t.result() for t in done])
    print('pending', len(pending))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print('done', [t.result() for t in done2])
    for t in pending2:
        t.cancel()
    done3, pending3 = await asyncio.wait(pending2)
    print([t.cancelled() for t in done3], len(pending3))


asyncio.run(main())
