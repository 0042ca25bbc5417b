# types.coroutine makes a generator function awaitable.
import types

@types.coroutine
def gen_coro():
    x = yield 'tick'
    return x * 2

async def main():
    r = await gen_coro()
    return r

g = gen_coro()
print(type(g).__name__)
g.close()
c = main()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print(e.value)
