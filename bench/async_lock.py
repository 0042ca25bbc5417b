# Tasks contending for one asyncio.Lock, each holding it across a sleep(0).
import asyncio

N_TASKS = 200
ROUNDS = 500

counter = 0
trace = 0


async def worker(lock, wid):
    global counter, trace
    for i in range(ROUNDS):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
            trace = (trace * 33 + wid) % 1000003


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, w) for w in range(N_TASKS)))
    print(counter, trace, lock.locked())


asyncio.run(main())
