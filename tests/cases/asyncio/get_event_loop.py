# get_event_loop creates the main thread's loop once; the seed tutorials'
# pattern: get_event_loop, ensure_future, run_until_complete, close.
import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_closed())

async def hello(name, delay):
    await asyncio.sleep(delay)
    print('hello', name)
    return name

tasks = [asyncio.ensure_future(hello(n, d)) for n, d in [('b', 0.02), ('a', 0.01), ('c', 0.03)]]
print([t.get_name() for t in tasks])
print(loop.run_until_complete(tasks[2]))
print([t.result() for t in tasks])
loop.close()
print(asyncio.get_event_loop() is loop)
