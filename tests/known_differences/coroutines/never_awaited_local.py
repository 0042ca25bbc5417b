# A never-awaited coroutine held by a local variable of a function that
# returns: CPython warns at the caller's line (where the frame is freed).
async def f():
    return 1

def g():
    c = f()
    print('in g')

g()
print('after g')
