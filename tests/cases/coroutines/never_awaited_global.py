# A never-awaited coroutine still alive at exit.
async def f():
    return 1

c = f()
print('end')
