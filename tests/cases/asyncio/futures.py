# asyncio.Future: states, results, exceptions, callbacks, reprs and errors.
import asyncio
import functools

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
print(f, f.done(), f.cancelled())
print(isinstance(f, asyncio.Future), asyncio.isfuture(f), asyncio.isfuture(1))
print(f.get_loop() is loop)
for m in ('result', 'exception'):
    try:
        getattr(f, m)()
    except asyncio.InvalidStateError as e:
        print(m, type(e).__name__, e)

def cb(tag, fut):
    print('callback', tag, fut.result())

f.add_done_callback(functools.partial(cb, 'partial'))
f.add_done_callback(lambda fut: print('lambda sees', fut))
def plain(fut):
    print('plain', fut.done())
f.add_done_callback(plain)
print(f.remove_done_callback(plain))
print(f.remove_done_callback(plain))
f.set_result(42)
print('callbacks are scheduled, not called:', f)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
loop.run_until_complete(asyncio.sleep(0))
print(f.result(), f.exception())

g = asyncio.Future()
g.set_exception(ValueError('bad value'))
print(g)
print(repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print('raised', repr(e))
h = asyncio.Future()
h.set_exception(KeyError)
print(h, repr(h.exception()))
try:
    h.set_exception(StopIteration())
except asyncio.InvalidStateError as e:
    print('InvalidStateError', e)
k = asyncio.Future()
try:
    k.set_exception(StopIteration())
except TypeError as e:
    print('TypeError:', e)

c = loop.create_future()
c.add_done_callback(lambda fut: print('cancel callback', fut.cancelled()))
print(c.cancel('why'), c.cancel(), c)
try:
    c.result()
except asyncio.CancelledError as e:
    print('CancelledError', repr(e))
try:
    c.exception()
except asyncio.CancelledError as e:
    print('CancelledError', e.args)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
print(asyncio.TimeoutError is TimeoutError)

long = loop.create_future()
long.set_result('x' * 50)
print(long)
lst = loop.create_future()
lst.set_result(list(range(10)))
print(lst)

# add_done_callback on a done future schedules the callback.
f.add_done_callback(lambda fut: print('late callback', fut.result()))

# Awaiting a future.
async def waiter(fut):
    print('waiting')
    r = await fut
    print('got', r)
    return r + 1
w = loop.create_future()
loop.call_later(0.01, w.set_result, 10)
print(loop.run_until_complete(waiter(w)))
print(loop.run_until_complete(w))
# __iter__ (yield from) protocol.
it = iter(loop.create_future())
fut = loop.create_future()
gen = fut.__await__()
print(next(gen) is fut, fut._asyncio_future_blocking)
fut.set_result('done')
try:
    next(gen)
except StopIteration as e:
    print('StopIteration', e.value)
loop.close()
