import asyncio

ev = asyncio.Event()


async def first():
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('first loop: timed out')


async def second():
    try:
        await ev.wait()
    except RuntimeError as e:
        msg = str(e)
        print('RuntimeError:', msg[msg.index('['):])


asyncio.run(first())
asyncio.run(second())
ev.set()
asyncio.run(second())
print('set event: no loop needed')
