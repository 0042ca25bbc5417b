# Recursive coroutines awaited all the way down, driven by send(None) with
# no event loop: the cost of creating, starting and finishing a coroutine
# and of an await that completes without suspending.
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('fib suspended')


print(run(fib(33)))
