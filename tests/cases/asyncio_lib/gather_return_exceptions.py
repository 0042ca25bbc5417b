import asyncio


async def ok(v):
    await asyncio.sleep(0.01)
    return v


async def fail(msg):
    await asyncio.sleep(0.005)
    raise RuntimeError(msg)


async def cancelled_child():
    await asyncio.sleep(1)


async def main():
    res = await asyncio.gather(ok(1), fail('bad'), ok(3), return_exceptions=True)
    print(res)
    for r in res:
        print(type(r).__name__, r)
    t = asyncio.create_task(cancelled_child())
    asyncio.get_running_loop().call_later(0.01, t.cancel, 'stop it')
    res = await asyncio.gather(t, ok('x'), return_exceptions=True)
    print(type(res[0]).__name__, repr(res[0].args), res[1])


asyncio.run(main())
