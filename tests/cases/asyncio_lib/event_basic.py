import asyncio
from _util import norepr


async def waiter(ev, n):
    print('waiter', n, 'waiting')
    r = await ev.wait()
    print('waiter', n, 'woke', r)


async def main():
    ev = asyncio.Event()
    print(norepr(ev), ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in range(3)]
    await asyncio.sleep(0)
    print(norepr(ev))
    ev.set()
    print(norepr(ev))
    await asyncio.gather(*tasks)
    print(norepr(ev))
    print('wait on set event:', await ev.wait())
    ev.clear()
    print(norepr(ev), ev.is_set())
    t = asyncio.create_task(waiter(ev, 9))
    await asyncio.sleep(0.01)
    ev.set()
    ev.set()
    await t


asyncio.run(main())
