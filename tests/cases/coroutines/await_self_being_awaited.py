# Awaiting a coroutine that is already being awaited by another.
import types

@types.coroutine
def pause():
    yield

async def child():
    await pause()

ch = child()

async def a():
    await ch

async def b():
    try:
        await ch
    except RuntimeError as e:
        print('RuntimeError:', e)

ca = a()
ca.send(None)
try:
    b().send(None)
except StopIteration:
    pass
ca.close()
