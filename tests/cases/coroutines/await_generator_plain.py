# A plain generator (not types.coroutine) cannot be awaited.
def gen():
    yield 1

async def main():
    await gen()

try:
    main().send(None)
except TypeError as e:
    print(e)
