import asyncio


async def sleeper(name, delay):
    print('start', name)
    await asyncio.sleep(delay)
    print('end', name)
    return name


async def main():
    tasks = [asyncio.create_task(sleeper(n, d))
             for n, d in [('slow', 0.06), ('fast', 0.01), ('mid', 0.03)]]
    for t in tasks:
        print('result', await t)


asyncio.run(main())
