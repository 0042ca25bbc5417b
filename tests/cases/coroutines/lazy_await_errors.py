# Exceptions leaving coroutines that were awaited at once: tracebacks,
# PEP 479, exc_info, the recursion limit.
import sys


async def boom(n):
    if n == 0:
        raise ValueError('deep')
    return await boom(n - 1)


async def stopper():
    raise StopIteration(5)


async def info():
    return sys.exc_info()[0]


async def handler():
    try:
        raise KeyError('x')
    except KeyError:
        t = await info()
        print('inside handler', t.__name__)
    print('after handler', sys.exc_info())


async def handler_suspends():
    try:
        raise IndexError('i')
    except IndexError:
        await pauser()
        print('resumed in handler', sys.exc_info()[0].__name__)
    print('after', sys.exc_info()[0])


class Pause:
    def __await__(self):
        yield 'paused'


async def pauser():
    await Pause()
    return sys.exc_info()[0].__name__


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


try:
    run(boom(3))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('ValueError', names)


async def call_stopper():
    try:
        await stopper()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


run(call_stopper())
run(handler())
try:
    raise OSError('outer')
except OSError:
    run(handler_suspends())


async def rec(n):
    return await rec(n + 1)


try:
    run(rec(0))
except RecursionError as e:
    print('RecursionError', e)


async def with_closure(k):
    def add(x):
        return x + k
    async def inner(y):
        return add(y) * k
    return await inner(3)


print(run(with_closure(4)))


class C:
    async def m(self, x):
        return x + 1

    async def go(self):
        return await self.m(1) + await self.m(2)


print(run(C().go()))
run(boom(2))
