# next() on a coroutine: the uncaught TypeError.
async def f():
    return 1

c = f()
c.close()
next(c)
