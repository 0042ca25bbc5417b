# A future's done callbacks kept in order however they were added: a
# single one (with or without a context), a task waiting, several, some
# removed; their reprs and _callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []

    f = loop.create_future()
    f.add_done_callback(print)
    print(repr(f), len(f._callbacks), f._callbacks[0][0] is print)
    print(f.remove_done_callback(print), repr(f), f._callbacks)
    print(f.remove_done_callback(print))

    f.add_done_callback(len, context=None)
    print(repr(f), len(f._callbacks))
    f.add_done_callback(print)
    f.add_done_callback(len)
    print(repr(f))
    print(f.remove_done_callback(len), repr(f))

    g = loop.create_future()

    async def waiter(name):
        await g
        order.append(name)

    w = asyncio.create_task(waiter('task'))
    await asyncio.sleep(0)
    print(repr(g))
    g.add_done_callback(lambda fut: order.append('fn1'))
    g.add_done_callback(lambda fut: order.append('fn2'))
    print(len(g._callbacks) >= 2)
    g.set_result(None)
    await w
    print(order)

    # A task as a callback object of its own (Task is not callable: the
    # loop's exception handler reports it).
    h = loop.create_future()
    t = asyncio.create_task(asyncio.sleep(0))
    h.add_done_callback(t)
    print(repr(h).split(' cb=')[0], len(h._callbacks))
    loop.set_exception_handler(lambda loop, ctx: print('handler:', type(ctx['exception']).__name__))
    h.set_result(1)
    await t
    await asyncio.sleep(0)

    # Callbacks of a done future run at once (soon), in order.
    done = loop.create_future()
    done.set_result(5)
    done.add_done_callback(lambda fut: order.append(('late', fut.result())))
    await asyncio.sleep(0)
    print(order[-1])


asyncio.run(main())
