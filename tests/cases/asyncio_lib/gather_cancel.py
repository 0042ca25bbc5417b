import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    return name


async def main():
    g = asyncio.gather(child('a'), child('b'))
    await asyncio.sleep(0.01)
    print('cancel:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError')
    print('gather cancelled:', g.cancelled())
    print('cancel again:', g.cancel())

    # A cancelled child is reported as an exception, the gather itself is
    # not cancelled.
    t1 = asyncio.create_task(child('c'))
    t2 = asyncio.create_task(child('d'))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0.01)
    t1.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print('g2 raised CancelledError; g2 cancelled:', g2.cancelled())
    print('t2 done:', t2.done())
    t2.cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
