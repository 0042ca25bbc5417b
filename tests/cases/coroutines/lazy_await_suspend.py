# Coroutines awaited at once that later suspend: the chain must look, from
# outside, exactly like one made of ordinary coroutine objects.
import inspect
import sys
import types


@types.coroutine
def pause(v):
    got = yield v
    return got


async def leaf(n):
    frame = sys._getframe()
    print('leaf back', frame.f_back.f_code.co_name)
    got = await pause(('leaf', n))
    return got * 2


async def middle(n):
    try:
        r = await leaf(n)
    finally:
        print('middle finally', n)
    return r + 1


async def top():
    a = await middle(1)
    b = await middle(2)
    return a + b


c = top()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.__qualname__)
inner = c.cr_await
print(inspect.getcoroutinestate(inner), inner.cr_running)
print(type(inner.cr_await).__name__, inner.cr_await.__qualname__)
print(type(inner.cr_await.cr_await).__name__)
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(inner), inner.cr_frame)


# throw and close reach the innermost level of a chain that was lazy.
async def catcher():
    try:
        await leaf(3)
    except KeyError as e:
        print('caught', repr(e))
        return 'handled'


c = catcher()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('throw result', e.value)

c = top()
c.send(None)
c.close()
print('closed', inspect.getcoroutinestate(c))


# A generator-based consumer drives a lazy chain with send().
def drive(coro, values):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(values.pop(0))
    except StopIteration as e:
        out.append(('done', e.value))
    return out


async def many():
    total = 0
    for i in range(3):
        total += await leaf(i)
    return total


print(drive(many(), [1, 2, 3]))
