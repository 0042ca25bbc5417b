import asyncio


async def work(name, delay):
    print('begin', name)
    await asyncio.sleep(delay)
    print('finish', name)
    return name.upper()


async def main():
    res = await asyncio.gather(work('a', 0.05), work('b', 0.01), work('c', 0.03))
    print(res)
    # Futures and tasks mix with coroutines.
    t = asyncio.create_task(work('t', 0.01))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.02, f.set_result, 'future')
    print(await asyncio.gather(t, f, work('d', 0)))
    # No arguments: an empty list.
    print(await asyncio.gather())


asyncio.run(main())
