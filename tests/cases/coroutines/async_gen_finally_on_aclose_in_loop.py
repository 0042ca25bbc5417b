# Breaking out of async for does not close the async generator; aclose() does.
async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print('agen cleanup')

async def main():
    g = agen()
    async for x in g:
        if x == 1:
            break
    print('after break')
    await g.aclose()
    print('after aclose')

try:
    main().send(None)
except StopIteration:
    pass
