# The warning is shown once per location and coroutine name.
async def f():
    return 1

async def g():
    return 2

for i in range(3):
    f()
f(); g()
print('end')
