# __anext__ may suspend the coroutine running the loop.
import types

@types.coroutine
def pause(v):
    yield v

class Ticker:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await pause('fetching %d' % self.n)
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def main():
    async for v in Ticker():
        print('got', v)
    return 'done'

c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print(e.value)
