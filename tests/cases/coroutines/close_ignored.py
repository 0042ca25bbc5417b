# A coroutine that ignores GeneratorExit.
import types

@types.coroutine
def pause():
    yield

stop = False

async def f():
    while not stop:
        try:
            await pause()
        except GeneratorExit:
            print('ignoring')
    return 'stopped'

c = f()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError:', e)
stop = True
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
