async def agen():
    yield from [1, 2]
