import asyncio


async def enter():
    async with asyncio.timeout(1):
        pass


def main():
    c = enter()
    try:
        c.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()


async def amain():
    t = asyncio.Timeout(None)
    print(repr(t))
    c = t.__aenter__()
    try:
        c.send(None)
    except StopIteration:
        print('entered in a task')
    print(repr(t))
    await t.__aexit__(None, None, None)
    print(repr(t))


main()
asyncio.run(amain())
