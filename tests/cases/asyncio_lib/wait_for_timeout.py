import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise
    return 'never'


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('TimeoutError', e.args, type(e.__cause__).__name__)
        print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print('task cancelled:', t.cancelled())


asyncio.run(main())
