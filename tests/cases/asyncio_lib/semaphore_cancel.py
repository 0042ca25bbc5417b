import asyncio

order = []


async def worker(sem, n):
    try:
        async with sem:
            order.append(n)
            await asyncio.sleep(0.005)
    except asyncio.CancelledError:
        order.append(f'cancelled {n}')
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    tasks = [asyncio.create_task(worker(sem, n)) for n in range(4)]
    await asyncio.sleep(0)
    tasks[2].cancel()
    sem.release()
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(order)
    print(sem._value, sem.locked())


asyncio.run(main())
