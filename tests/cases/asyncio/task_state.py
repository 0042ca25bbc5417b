# Task and Future state kept compactly: subclass instances with their own
# attributes, default names made on demand (numbering as CPython's,
# names given at creation or by set_name), the CancelledError a task
# ended with, cancelling a task whose awaited future is already done, and
# wake-ups by the future a task waits on.
import asyncio


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(coro, loop=loop, name=name)
        self.tag = 'mine'


class MyFuture(asyncio.Future):
    pass


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    base = asyncio.current_task().get_name()
    print('main', base)

    # Names: asyncio.create_task numbers every task it creates, named or
    # not (the name is set afterwards), whether or not the default name is
    # ever asked for; Task() numbers only the ones without a name.
    t1 = asyncio.create_task(val(1))
    t2 = asyncio.create_task(val(2), name='second')
    t3 = asyncio.create_task(val(3))
    t4 = asyncio.create_task(val(4))
    t4.set_name(12345)
    t5 = asyncio.Task(val(5))
    print(t3.get_name(), t2.get_name(), repr(t4.get_name()), t5.get_name(),
          t1.get_name())
    t1.set_name('renamed')
    print(t1.get_name(), t1.get_name() is t1.get_name())
    print(await asyncio.gather(t1, t2, t3, t4, t5))
    print(repr(t3).split(' coro=')[0])

    # Subclasses keep their class and their attributes.
    mt = MyTask(val('m'))
    mt.extra = 42
    print(type(mt).__name__, mt.tag, mt.extra)
    print(await mt, mt.get_name())
    mf = MyFuture()
    mf.note = 'n'
    loop.call_soon(mf.set_result, 'mf')
    print(await mf, mf.note, isinstance(mf, asyncio.Future))
    try:
        vars(loop.create_future())
    except TypeError as e:
        print('TypeError', e)

    # The CancelledError a task ends with is the one its coroutine raised.
    raised = []

    async def catcher():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            err = asyncio.CancelledError('custom')
            raised.append(err)
            raise err

    ct = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    ct.cancel('first')
    try:
        await ct
    except asyncio.CancelledError as e:
        print('same', e is raised[0], e.args)
    print(ct.cancelled(), ct.cancelling())
    try:
        ct.result()
    except asyncio.CancelledError as e:
        print('result', e.args)

    # Cancel a task whose awaited future is done but the task has not run
    # yet: the cancellation is delivered at its next step.
    f = loop.create_future()

    async def waits():
        try:
            r = await f
            print('got', r)
            await asyncio.sleep(0)
            print('not reached')
        except asyncio.CancelledError as e:
            print('cancelled at next await', e.args)
            raise

    wt = asyncio.create_task(waits())
    await asyncio.sleep(0)
    f.set_result('value')
    print('cancel', wt.cancel('late'), wt.cancelling())
    try:
        await wt
    except asyncio.CancelledError as e:
        print('wt', e.args)

    # A task awaiting another task, woken by its result and its exception.
    async def fails():
        await asyncio.sleep(0)
        raise ValueError('inner')

    async def outer():
        a = await asyncio.create_task(val('ok'))
        try:
            await asyncio.create_task(fails())
        except ValueError as e:
            return a, str(e)

    print(await asyncio.create_task(outer()))

    # Awaiting the same future twice, cancelled in between.
    g = loop.create_future()

    async def twice():
        try:
            await g
        except asyncio.CancelledError:
            print('first await cancelled')
        h = loop.create_future()
        loop.call_soon(h.set_result, 'second')
        return await h

    tt = asyncio.create_task(twice())
    await asyncio.sleep(0)
    g.cancel()
    print(await tt)


asyncio.run(main())
