# async for over an async generator.
async def countdown(n):
    while n > 0:
        yield n
        n -= 1

async def main():
    async for x in countdown(3):
        print(x)
    return [x async for x in countdown(4)]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
