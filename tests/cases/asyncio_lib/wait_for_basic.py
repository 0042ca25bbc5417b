import asyncio


async def work(delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    print(await asyncio.wait_for(work(0.01, 'quick'), timeout=1))
    print(await asyncio.wait_for(work(0.01, 'no timeout'), None))
    t = asyncio.create_task(work(0.01, 'task'))
    print(await asyncio.wait_for(t, 0.5))
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready future')
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(work(0.01, 'x'), timeout=0)
    except TimeoutError as e:
        print('timeout=0 ->', type(e).__name__, type(e.__cause__).__name__)


asyncio.run(main())
