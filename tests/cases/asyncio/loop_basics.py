# The event loop object: state, errors, call_soon FIFO order, stop.
import asyncio

loop = asyncio.new_event_loop()
print(loop)
print(loop.is_running(), loop.is_closed())
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
print(type(loop.time()))

order = []
def cb(*args):
    order.append(args)
    if args == (3,):
        loop.call_soon(cb, 'scheduled during iteration')

for i in range(5):
    loop.call_soon(cb, i)
h = loop.call_soon(cb, 'cancelled')
print(repr(h).replace(__file__, 'FILE'))
h.cancel()
print(h, h.cancelled())
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
# The callback scheduled during the last iteration runs on the next run.
loop.call_soon(loop.stop)
loop.run_forever()
print(order[-1])

def check_running():
    print('running:', loop.is_running())
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.run_until_complete(loop.create_future())
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    other = asyncio.new_event_loop()
    try:
        other.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    other.close()
    loop.stop()

loop.call_soon(check_running)
loop.run_forever()
print(loop.is_running())

async def coro_fn():
    pass
# Callbacks are checked in debug mode only.
loop.set_debug(True)
for bad in (None, 1, coro_fn):
    try:
        loop.call_soon(bad)
    except TypeError as e:
        print('TypeError:', e)
loop.set_debug(False)
try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError:', e)

loop.close()
loop.close()
print(loop.is_closed(), loop)
for name, args in [('run_forever', ()), ('call_soon', (print,)), ('call_later', (1, print)),
                   ('run_until_complete', (loop.create_future(),))]:
    try:
        getattr(loop, name)(*args)
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
