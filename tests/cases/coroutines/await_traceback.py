# The traceback of an exception through an await chain.
async def inner():
    raise ValueError('deep')

async def middle():
    await inner()

async def outer():
    await middle()

outer().send(None)
