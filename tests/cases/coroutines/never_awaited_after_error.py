# The warning comes after the traceback of an uncaught exception.
async def f():
    return 1

c = f()
raise SystemError('stop')
