# await on a coroutine returns its result.
async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, await add(3, 4))
    return x, y

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
