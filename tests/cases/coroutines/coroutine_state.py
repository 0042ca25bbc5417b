# inspect.getcoroutinestate through the life of a coroutine.
import inspect
import types

@types.coroutine
def pause():
    yield

async def f():
    print('inside:', inspect.getcoroutinestate(c))
    await pause()

c = f()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_suspended, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c), c.cr_frame)
