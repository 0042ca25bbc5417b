# run_until_complete: coroutines, tasks and futures; results and errors.
import asyncio

async def ok():
    return 'ok'

async def bad():
    await asyncio.sleep(0)
    raise KeyError('k')

loop = asyncio.new_event_loop()
print(loop.run_until_complete(ok()))
t = loop.create_task(ok())
print(loop.run_until_complete(t), loop.run_until_complete(t))
try:
    loop.run_until_complete(bad())
except KeyError as e:
    print('KeyError', e)
f = loop.create_future()
loop.call_soon(f.cancel)
try:
    loop.run_until_complete(f)
except asyncio.CancelledError:
    print('CancelledError')
try:
    loop.run_until_complete(42)
except TypeError as e:
    print('TypeError:', e)
stopper = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(stopper)
except RuntimeError as e:
    print('RuntimeError:', e)

async def nested():
    c = ok()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    c = ok()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()

loop.run_until_complete(nested())
loop.close()
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
