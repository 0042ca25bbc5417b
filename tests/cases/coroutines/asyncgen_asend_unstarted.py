# asend() with a non-None value into an unstarted async generator.
async def agen():
    yield 1

g = agen()
try:
    g.asend(5).send(None)
except TypeError as e:
    print(e)
