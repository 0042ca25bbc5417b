# A bare return ends an async generator.
async def agen(n):
    for i in range(10):
        if i == n:
            return
        yield i

async def main():
    return [x async for x in agen(3)]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
