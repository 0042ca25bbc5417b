import asyncio


async def fail_at(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def fail_on_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError('raised while cancelling')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_at(0.01, ValueError('v')))
            tg.create_task(fail_at(0.01, TypeError('t')))
            tg.create_task(fail_on_cancel())
    except ExceptionGroup as eg:
        print(str(eg))
        for e in eg.exceptions:
            print(' ', type(e).__name__, e)

    # An error in the body itself joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_at(0.01, ValueError('child')))
            raise OSError('body')
    except ExceptionGroup as eg:
        print(str(eg), [type(e).__name__ for e in eg.exceptions])

    # A BaseException that is not an Exception makes a BaseExceptionGroup.
    class Stop(BaseException):
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_at(0, Stop('base')))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.exceptions)


asyncio.run(main())
