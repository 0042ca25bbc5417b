# Calling an async def returns a coroutine object without running its body.
async def f():
    print('body runs')
    return 1

c = f()
print(type(c))
print(type(c).__name__)
print(repr(c).startswith('<coroutine object f at 0x'))
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code is f.__code__)
c.close()
