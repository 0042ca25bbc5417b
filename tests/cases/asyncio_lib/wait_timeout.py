import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(work(d)) for d in (0.01, 0.02, 1)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print('done', sorted(t.result() for t in done))
    print('pending', len(pending), [t.done() for t in pending])
    for t in pending:
        t.cancel()
    # The timeout does not raise and does not cancel.
    f = asyncio.get_running_loop().create_future()
    done, pending = await asyncio.wait([f], timeout=0.01)
    print(len(done), len(pending), f.cancelled())


asyncio.run(main())
