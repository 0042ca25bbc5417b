# 100,000 tasks all waiting on one asyncio.Event.
import asyncio

N = 100000


async def waiter(ev, i):
    r = await ev.wait()
    return i % 97 if r else 0


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(N)]
    await asyncio.sleep(0)
    ev.set()
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), ev.is_set())


asyncio.run(main())
