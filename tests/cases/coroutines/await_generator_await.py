# __await__ written as a generator that returns a value.
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        while self.result is None:
            yield self
        return self.result

fut = Future()

async def main():
    v = await fut
    print('future gave', v)
    return v + 1

c = main()
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.result = 41
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
