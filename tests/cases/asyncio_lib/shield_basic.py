import asyncio


async def precious():
    await asyncio.sleep(0.15)
    print('precious finished')
    return 'kept'


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print('waiter cancelled')
        raise


async def main():
    inner = asyncio.create_task(precious())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('w cancelled:', w.cancelled(), 'inner cancelled:', inner.cancelled())
    print('inner result:', await inner)
    # shield of a done future returns it as it is.
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)
    # Cancelling the inner task cancels the shield's outer future.
    inner2 = asyncio.create_task(precious())
    outer = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled:', outer.cancelled())
    # Exceptions pass through.
    async def bad():
        raise OSError('io')
    try:
        await asyncio.shield(bad())
    except OSError as e:
        print('OSError', e)


asyncio.run(main())
