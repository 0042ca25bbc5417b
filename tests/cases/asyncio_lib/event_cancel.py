import asyncio
from _util import norepr


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    t2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(norepr(ev))
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), norepr(ev))
    # set then clear before the waiter runs: it still wakes up.
    ev.set()
    ev.clear()
    print(await t2, norepr(ev))
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('timed out', norepr(ev))


asyncio.run(main())
