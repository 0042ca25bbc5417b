import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print('outer cancelled')
        raise


async def exc_inner():
    await asyncio.sleep(0.01)
    raise KeyError('k')


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer task cancelled:', t.cancelled())
    try:
        await asyncio.wait_for(exc_inner(), 1)
    except KeyError as e:
        print('propagated', repr(e))


asyncio.run(main())
