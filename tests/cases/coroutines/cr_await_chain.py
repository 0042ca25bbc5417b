# cr_await follows the chain of awaited coroutines.
import types

@types.coroutine
def pause():
    yield

async def inner():
    await pause()

async def outer():
    await inner()

c = outer()
print(c.cr_await)
c.send(None)
print(c.cr_await.__qualname__, c.cr_await.cr_await.__name__, c.cr_await.cr_await.gi_running)
c.close()
print(c.cr_await)
