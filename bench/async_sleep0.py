# Many tasks looping over `await asyncio.sleep(0)`: each iteration is one
# task switch (a frame resume plus a ready-queue operation).
import asyncio

N_TASKS = 1000
N_ROUNDS = 300


async def worker(i, counter):
    for _ in range(N_ROUNDS):
        await asyncio.sleep(0)
        counter[0] += 1
    return i


async def main():
    counter = [0]
    tasks = [asyncio.create_task(worker(i, counter)) for i in range(N_TASKS)]
    total = 0
    for t in tasks:
        total += await t
    print(counter[0], total)


asyncio.run(main())
