# The ABCs recognise classes by the methods they define.
from collections.abc import Awaitable, Coroutine, AsyncIterable, AsyncIterator

class A:
    def __await__(self):
        yield

class C(A):
    def send(self, v):
        pass
    def throw(self, *a):
        pass
    def close(self):
        pass

class AI:
    def __aiter__(self):
        return self

class AIt(AI):
    async def __anext__(self):
        raise StopAsyncIteration

for cls in [A, C, AI, AIt, int]:
    print(cls.__name__, isinstance(cls(), Awaitable), isinstance(cls(), Coroutine),
          isinstance(cls(), AsyncIterable), isinstance(cls(), AsyncIterator))
print(issubclass(C, Awaitable), issubclass(AIt, AsyncIterable))
