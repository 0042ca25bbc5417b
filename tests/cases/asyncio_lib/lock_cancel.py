import asyncio

order = []


async def worker(lock, n):
    try:
        async with lock:
            order.append(n)
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        order.append(f'cancelled {n}')
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(worker(lock, n)) for n in range(4)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    lock.release()
    # The first waiter woke up but gets cancelled before running: the lock
    # goes to the next one.
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(order)
    print(lock.locked())


asyncio.run(main())
