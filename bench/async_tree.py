# A tree of tasks: each inner node creates a task per child and awaits
# them in turn; leaves await asyncio.sleep(0). (Awaiting the tasks one by
# one rather than with gather keeps this benchmark about the core: tasks,
# futures and the loop.)
import asyncio

DEPTH = 9
FANOUT = 3
gather = None


async def node(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    children = [asyncio.create_task(node(depth - 1)) for _ in range(FANOUT)]
    if gather is not None:
        return sum(await gather(*children))
    total = 0
    for c in children:
        total += await c
    return total


async def main():
    for _ in range(2):
        print(await node(DEPTH))


asyncio.run(main())
