# At exit each coroutine name is reported once.
async def f():
    return 1

async def g():
    return 2

a = f()
b = g()
c = f()
print('end')
