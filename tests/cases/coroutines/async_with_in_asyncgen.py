# async with and async for inside an async generator.
class Mgr:
    async def __aenter__(self):
        print('enter')
        return [1, 2, 3]
    async def __aexit__(self, *exc):
        print('exit', exc[0])

async def source():
    async with Mgr() as items:
        for i in items:
            yield i

async def doubled():
    async for x in source():
        yield x * 2

async def main():
    return [x async for x in doubled()]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
