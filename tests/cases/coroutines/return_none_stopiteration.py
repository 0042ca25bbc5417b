# A coroutine returning None raises a bare StopIteration.
async def f():
    pass

try:
    f().send(None)
except StopIteration as e:
    print(repr(e), e.value, e.args)
