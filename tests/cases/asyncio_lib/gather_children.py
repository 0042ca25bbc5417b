# gather() with children of every kind: builtin futures and tasks, Future
# and Task subclasses (with and without overridden methods), duck-typed
# futures, custom awaitables, duplicates of each, children already done,
# cancelled children with and without messages, and the callbacks gather
# leaves on its children.
import asyncio


class MyFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print('MyFuture.add_done_callback', type(fn).__name__ != '', context)
        super().add_done_callback(fn, context=context)

    def result(self):
        r = super().result()
        print('MyFuture.result ->', r)
        return r


class PlainSub(asyncio.Future):
    pass


class Key:
    """An awaitable equal to every other Key with the same key."""

    def __init__(self, k, v):
        self.k, self.v = k, v

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k

    def __hash__(self):
        return hash(self.k)

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v


class Duck:
    """A future-like object that is not an asyncio.Future."""
    _asyncio_future_blocking = False

    def __init__(self, loop):
        self._loop = loop
        self._fut = loop.create_future()

    def get_loop(self):
        return self._loop

    def add_done_callback(self, fn, *, context=None):
        print('Duck.add_done_callback', getattr(fn, '__qualname__', None))
        self._fut.add_done_callback(lambda f: fn(self))

    def done(self):
        return self._fut.done()

    def cancelled(self):
        return self._fut.cancelled()

    def exception(self):
        return self._fut.exception()

    def result(self):
        return self._fut.result()

    def cancel(self, msg=None):
        return self._fut.cancel(msg)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    __iter__ = __await__


async def val(x, delay=0):
    for _ in range(delay):
        await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()

    # Mixed children, duplicates of each kind.
    f = loop.create_future()
    sub = MyFuture()
    plain = PlainSub()
    t = asyncio.create_task(val('t', 2))
    c = val('c', 1)
    k1, k2 = Key(1, 'k1'), Key(1, 'k2')
    d = Duck(loop)
    g = asyncio.gather(f, sub, t, c, k1, plain, d, f, t, c, k2, sub, d)
    print('children', len(g._children), len(set(map(id, g._children))))
    print('same', g._children[0] is f, g._children[7] is f,
          g._children[4] is g._children[10])
    print('callbacks on f', len(f._callbacks), f._callbacks[0][0].__qualname__)
    loop.call_soon(f.set_result, 'f')
    loop.call_soon(sub.set_result, 'sub')
    loop.call_soon(plain.set_result, 'plain')
    loop.call_soon(d._fut.set_result, 'duck')
    print(await g)

    # Children already done; a failed one without return_exceptions.
    done = loop.create_future()
    done.set_result(1)
    bad = loop.create_future()
    bad.set_exception(KeyError('k'))
    try:
        await asyncio.gather(done, bad, done)
    except KeyError as e:
        print('KeyError', e)
    print(await asyncio.gather(done, bad, done, return_exceptions=True))

    # Cancelled children: with and without a message.
    a = loop.create_future()
    b = loop.create_future()
    a.cancel('stop a')
    b.cancel()
    res = await asyncio.gather(a, b, val(3), return_exceptions=True)
    print([type(r).__name__ for r in res], [str(r) for r in res])
    try:
        await asyncio.gather(val(1), a)
    except asyncio.CancelledError as e:
        print('CancelledError', repr(str(e)))

    # Cancelling the gather: children get the message; the gather ends
    # with the cancellation of its last child.
    x = asyncio.create_task(val('x', 5))
    y = asyncio.create_task(val('y', 5))
    g = asyncio.gather(x, y, return_exceptions=True)
    await asyncio.sleep(0)
    print('cancel', g.cancel('why'), g._cancel_requested, g.cancel('again'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(str(e)), x.cancelled(), y.cancelled())
    print('cancel done', g.cancel())

    # A child's callback list after the gather: the gather's callback
    # comes after the ones added before, and can be removed.
    z = loop.create_future()
    z.add_done_callback(lambda f: print('first callback'))
    g = asyncio.gather(z)
    cbs = z._callbacks
    print(len(cbs), cbs[1][0].__name__, cbs[1][0].__qualname__)
    print('removed', z.remove_done_callback(cbs[1][0]))
    z.set_result(0)
    await asyncio.sleep(0)
    print('gather done', g.done())

    # An outer that is done already: a later failing child is just
    # marked retrieved (no "exception was never retrieved").
    p = loop.create_future()
    q = loop.create_future()
    g = asyncio.gather(p, q)
    p.set_exception(ValueError('p'))
    await asyncio.sleep(0)
    q.set_exception(ValueError('q'))
    await asyncio.sleep(0)
    print('outer', g.exception())

    # Exception from a child's method inside the callback goes to the
    # loop's exception handler.
    class Broken(asyncio.Future):
        def exception(self):
            raise RuntimeError('broken exception()')

    loop.set_exception_handler(
        lambda loop, ctx: print('handler:', ctx['message'].split('(')[0],
                                type(ctx['exception']).__name__))
    br = Broken()
    g = asyncio.gather(br)
    br.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('gather done', g.done())

    # A task factory runs pyco code while gather wraps coroutines,
    # including a nested gather of a child of the outer one.
    shared = loop.create_future()
    shared.set_result('shared')

    def factory(loop, coro):
        inner = asyncio.gather(shared, shared)
        print('factory, nested children', len(inner._children))
        return asyncio.Task(coro, loop=loop)

    loop.set_task_factory(factory)
    print(await asyncio.gather(shared, val('v'), shared))
    loop.set_task_factory(None)


asyncio.run(main())
