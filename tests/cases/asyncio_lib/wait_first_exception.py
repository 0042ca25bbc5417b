import asyncio


async def work(n):
    await asyncio.sleep(0.05 * n)
    return n


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError('bad task')


async def main():
    tasks = [asyncio.create_task(work(3)), asyncio.create_task(bad()),
             asyncio.create_task(work(1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in done:
        print('exception:', repr(t.exception()))
    # Without any exception it waits for everything.
    done, pending = await asyncio.wait([asyncio.create_task(work(0.2)), asyncio.create_task(work(1))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0.15)


asyncio.run(main())
