# asyncio.Task: creation, names, reprs, start on the next iteration,
# cancellation with finally blocks, current_task and all_tasks.
import asyncio

def r(o):
    # Coroutine reprs name the file: CPython shows the script's absolute path.
    return repr(o).replace(__file__, 'FILE')

async def work(n):
    await asyncio.sleep(0)
    return n * 10

async def forever(log):
    try:
        while True:
            # A sleep that never ends in the test: the task is always parked
            # on its future when cancelled, never racing a timer.
            await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        log.append(('cancelled', e.args))
        raise
    finally:
        log.append('finally ran')

async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(work(2), name='second')
    print(r(t1))
    print(t2.get_name(), isinstance(t1, asyncio.Future), isinstance(t1, asyncio.Task))
    print(t1.done(), 'before yielding')
    print(await t1, await t2)
    print(r(t1))
    t2.set_name('renamed')
    print(r(t2))
    print(asyncio.current_task().get_name())
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    log = []
    t3 = asyncio.create_task(forever(log))
    await asyncio.sleep(0.02)
    print(t3.cancel('stop it'), t3.cancelling())
    print(t3.cancel(), t3.cancelling())
    try:
        await t3
    except asyncio.CancelledError as e:
        print('awaiting a cancelled task raises', repr(e))
    print(log, t3.cancelled(), r(t3))
    print(t3.cancel())
    t4 = asyncio.create_task(work(4))
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print('cancelled before it started:', t4.cancelled())
    async def fails():
        raise ValueError('boom')
    t5 = asyncio.create_task(fails())
    try:
        await t5
    except ValueError as e:
        print('task raised', repr(e))
    print(r(t5))
    print(repr(t5.exception()))
    coro = work(6)
    t6 = asyncio.ensure_future(coro)
    print(t6.get_coro() is coro, asyncio.ensure_future(t6) is t6)
    print(await t6)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        t5.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(t6.uncancel(), t3.uncancel(), t3.uncancel())
    return 'main result'

print(asyncio.run(main()))
