import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print('ok finished', name)
    return name


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def gated(name, gate):
    await gate.wait()
    print('ok finished', name)
    return name


async def main():
    gate = asyncio.Event()
    slow = asyncio.create_task(gated('slow', gate))
    try:
        await asyncio.gather(ok('fast', 0.01), fail(0.02, ValueError('boom')), slow)
    except ValueError as e:
        print('gather raised', repr(e))
    print('slow done?', slow.done())
    gate.set()
    # The other children keep running.
    print('slow result', await slow)
    # The first exception wins, even when a second one follows.
    try:
        await asyncio.gather(fail(0.02, KeyError('late')), fail(0.01, TypeError('early')))
    except Exception as e:
        print('first exception:', type(e).__name__, e)
    await asyncio.sleep(0.03)


asyncio.run(main())
