# Resuming a chain of awaits: values, returns, handled exceptions and the
# traceback of an exception raised deep in the chain after a resumption.
import sys
import types

@types.coroutine
def pause(v):
    r = yield v
    return r

async def leaf(n):
    x = await pause(n)
    print('leaf running:', c.cr_running, 'exc:', sys.exc_info()[0])
    if x == 'boom':
        raise ValueError('leaf failed')
    return x

async def mid(n):
    try:
        raise KeyError('handling')
    except KeyError:
        r = await leaf(n)
        print('mid sees', sys.exc_info()[0].__name__)
        return r

async def top():
    a = await mid(1)
    print('a =', a)
    try:
        await mid(2)
    except ValueError as e:
        print('caught', e, type(e.__context__).__name__)
    await mid(3)

c = top()
print(c.send(None))
print(c.send('first'))
print(c.send('boom'))
print('running after:', c.cr_running)
c.send('boom')
