import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print(type(cm).__name__, cm.expired())
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__)
    print('expired:', cm.expired())
    print(repr(cm))

    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
    print('expired:', cm2.expired(), repr(cm2))

    async with asyncio.timeout(None) as cm3:
        print('when:', cm3.when())
        await asyncio.sleep(0.01)
    print(repr(cm3))


asyncio.run(main())
