import asyncio


async def work(n):
    await asyncio.sleep(0.02 * n)
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
    done, pending = await asyncio.wait([asyncio.create_task(work(1)), asyncio.create_task(work(2))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0.07)


asyncio.run(main())
