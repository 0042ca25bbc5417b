import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    print('computed', x)
    return x * 2


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather(compute(1), compute(2), compute(3))
print(type(g).__name__, g.done())
print(loop.run_until_complete(g))
print(g.result())
loop.close()
