import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(work(d)) for d in (0.01, 0.5, 0.02)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            print('got', await fut)
    except TimeoutError:
        print('timed out')
    print([t.done() for t in tasks])
    for t in tasks:
        t.cancel()
    try:
        asyncio.as_completed(tasks[0])
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
