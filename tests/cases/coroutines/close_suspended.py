# close() raises GeneratorExit at the suspension point, running finally blocks.
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    finally:
        print('cleanup')

c = f()
c.send(None)
print(c.close())
print(c.cr_frame)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
