# A suspended coroutine's frame keeps its locals.
import types

@types.coroutine
def pause():
    yield

async def f(a):
    b = a + 1
    await pause()
    return b

c = f(1)
print(c.cr_frame.f_locals)
c.send(None)
print(sorted(c.cr_frame.f_locals.items()), c.cr_frame.f_lineno)
c.close()
