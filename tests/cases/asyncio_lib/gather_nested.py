import asyncio


async def leaf(n):
    await asyncio.sleep(0.001 * n)
    return n * n


async def branch(k):
    return await asyncio.gather(*(leaf(k * 10 + i) for i in range(3)))


async def main():
    inner = asyncio.gather(branch(1), branch(2))
    outer = await asyncio.gather(inner, leaf(5), branch(3))
    print(outer)
    print(type(inner).__name__, inner.done(), inner.result())
    print(isinstance(inner, asyncio.Future))


asyncio.run(main())
