# Async generator expressions are async generators.
async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__)
    print([v async for v in ge])
    ge2 = (await double(x) for x in range(3))
    print(type(ge2).__name__)
    out = []
    async for v in ge2:
        out.append(v)
    print(out)

try:
    main().send(None)
except StopIteration:
    pass
