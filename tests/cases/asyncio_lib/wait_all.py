import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    print(sorted(t.result() for t in done))
    # Default return_when is ALL_COMPLETED; the constants are strings.
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)
    # A generator of futures works too.
    done, pending = await asyncio.wait({asyncio.create_task(work(n)) for n in range(3)})
    print(len(done), len(pending))
    # A generator is rejected like a coroutine.
    try:
        await asyncio.wait(x for x in [])
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
