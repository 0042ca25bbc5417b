import asyncio

log = []


async def waiter(cond, n):
    async with cond:
        r = await cond.wait()
        log.append((n, r, cond.locked()))


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    for _ in range(5):
        await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*tasks)
    print(log)
    # Cancelled while waiting: the lock is held again before it propagates.
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled, locked:', cond.locked())
                raise
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('after', cond.locked())


asyncio.run(main())
