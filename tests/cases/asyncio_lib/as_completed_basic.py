import asyncio


async def work(n):
    await asyncio.sleep(0.02 * n)
    return n


async def fail():
    await asyncio.sleep(0.05)
    raise ValueError('failed in the middle')


async def main():
    for fut in asyncio.as_completed([work(4), work(1), work(3), work(2)]):
        print('got', await fut)
    it = asyncio.as_completed([work(1), fail(), work(4)])
    print(type(it).__name__)
    for fut in it:
        try:
            print('got', await fut)
        except ValueError as e:
            print('error', e)


asyncio.run(main())
