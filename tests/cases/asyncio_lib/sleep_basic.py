import asyncio


async def main():
    r = await asyncio.sleep(0.01, result='done')
    print('sleep result:', r)
    print('sleep(0) result:', await asyncio.sleep(0, 'zero'))
    print('negative delay:', await asyncio.sleep(-1, 'neg'))
    print('default result:', await asyncio.sleep(0))
    c = asyncio.sleep(0.01)
    print(type(c).__name__, asyncio.iscoroutine(c))
    await c


asyncio.run(main())
