import asyncio

calls = 0


async def once():
    global calls
    calls += 1
    await asyncio.sleep(0)
    return calls


async def main():
    c = once()
    print(await asyncio.gather(c, c, c))
    print('calls', calls)
    t = asyncio.ensure_future(once())
    print(await asyncio.gather(t, once(), t))
    print('calls', calls)


asyncio.run(main())
