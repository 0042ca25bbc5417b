import asyncio

finished = 0


async def crawl(i):
    global finished
    await asyncio.sleep(0.01 * (i % 5))
    await asyncio.sleep(0)
    finished += 1
    return i % 7


async def main():
    results = await asyncio.gather(*(crawl(i) for i in range(10000)))
    print(finished, sum(results))


asyncio.run(main())
