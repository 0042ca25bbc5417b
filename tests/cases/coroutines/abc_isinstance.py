# collections.abc checks for coroutines and async generators.
from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Iterable, Iterator, Generator)

async def coro():
    pass

async def agen():
    yield

def gen():
    yield

c = coro()
a = agen()
g = gen()
abcs = [Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Iterator, Generator]
for obj in [c, a, g]:
    print(type(obj).__name__, [cls.__name__ for cls in abcs if isinstance(obj, cls)])
c.close()
