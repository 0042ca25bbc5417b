# Async list, set and dict comprehensions.
async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    print([(x, y) async for x in agen(2) for y in range(2)])

try:
    main().send(None)
except StopIteration:
    pass
