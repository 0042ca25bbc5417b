# asyncio.run: a new loop each time, the running loop inside, leftover
# tasks cancelled at the end, the loop closed, the current loop reset.
import asyncio

loops = []

async def leftover(name):
    try:
        await asyncio.sleep(10)
    finally:
        print('leftover', name, 'cleaned up')

async def main(n):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print('running:', loop.is_running(), asyncio.get_event_loop() is loop)
    asyncio.create_task(leftover(n))
    await asyncio.sleep(0)
    return n

print(asyncio.run(main(1)))
print(asyncio.run(main(2)))
print(loops[0] is not loops[1], loops[0].is_closed(), loops[1].is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop.close()

async def raises():
    raise RuntimeError('from main')
try:
    asyncio.run(raises())
except RuntimeError as e:
    print('propagated:', e)
