# A plain generator cannot yield from a coroutine.
async def native():
    return 1

def gen():
    yield from native()

try:
    next(gen())
except TypeError as e:
    print(e)
