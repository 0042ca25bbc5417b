import asyncio


async def good(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError('bad child')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(good('sibling'))
            tg.create_task(bad())
            await asyncio.sleep(1)
            print('not reached')
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print(eg.exceptions)
    print('sibling cancelled:', t1.cancelled())
    print('main still running:', asyncio.current_task().cancelling())


asyncio.run(main())
