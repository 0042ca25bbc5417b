# StopAsyncIteration raised inside an async generator becomes RuntimeError.
async def agen():
    yield 1
    raise StopAsyncIteration

async def main():
    try:
        async for x in agen():
            print(x)
    except RuntimeError as e:
        print('RuntimeError:', e, type(e.__cause__).__name__)

try:
    main().send(None)
except StopIteration:
    pass
