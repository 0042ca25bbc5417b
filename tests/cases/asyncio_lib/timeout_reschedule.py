import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print('when is None:', cm.when() is None)
        cm.reschedule(loop.time() + 0.5)
        print('rescheduled:', 0.4 < cm.when() - loop.time() <= 0.5)
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print('expired:', cm.expired())

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled timeout fired; expired:', cm.expired())

    # A deadline in the past fires at the next iteration.
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline -> TimeoutError')

    t = asyncio.timeout_at(12.5)
    print(type(t).__name__, t.when(), repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with asyncio.timeout(1) as cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
