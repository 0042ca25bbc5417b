# Recursive coroutines awaited all the way down.
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

print(run(fib(15)))
print(run(depth(500)))
