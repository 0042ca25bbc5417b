import asyncio


async def main():
    # The inner timeout fires first: only it raises TimeoutError.
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner timed out:', inner.expired(), 'outer:', outer.expired())
        await asyncio.sleep(0.01)
    print('outer expired:', outer.expired())

    # The outer fires while inside the inner: the inner does not catch it.
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('wrong: inner caught it')
    except TimeoutError:
        print('outer timed out:', outer.expired(), 'inner:', inner.expired())

    # A timeout that fires around an exception that is not CancelledError
    # lets that exception through.
    async def late_error():
        try:
            await asyncio.sleep(1)
        finally:
            raise ValueError('from finally')
    try:
        async with asyncio.timeout(0.01):
            await late_error()
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
