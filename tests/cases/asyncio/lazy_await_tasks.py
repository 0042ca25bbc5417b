# Coroutines awaited where they are called, inside tasks: suspension at
# several depths, cancellation, current_task, task stacks and tracebacks.
import asyncio


async def leaf(n, log):
    log.append(('leaf', n, asyncio.current_task().get_name()))
    await asyncio.sleep(0)
    if n == 3:
        raise KeyError(n)
    return n


async def mid(n, log):
    try:
        return await leaf(n, log) + 10
    finally:
        log.append(('mid finally', n))


async def top(n, log):
    return await mid(n, log) * 2


async def sleeper():
    await asyncio.sleep(10)


async def waits_deep():
    async def a():
        return await b()

    async def b():
        return await sleeper()

    return await a()


async def no_suspend(n):
    return n + 1


async def chain_no_suspend(n):
    total = 0
    for i in range(n):
        total += await no_suspend(i)
    return total


async def main():
    log = []
    results = await asyncio.gather(top(1, log), top(2, log), top(3, log), return_exceptions=True)
    print(results)
    for entry in log:
        print(entry)

    t = asyncio.create_task(waits_deep(), name='deep')
    await asyncio.sleep(0)
    frames = t.get_stack()
    print('stack depth', len(frames), [f.f_code.co_name for f in frames])
    t.cancel('stop')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', e.args)

    print(await chain_no_suspend(1000))

    t = asyncio.create_task(top(3, []))
    try:
        await t
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('KeyError', e, names)


asyncio.run(main())
