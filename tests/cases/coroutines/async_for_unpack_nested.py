# async for with tuple targets, nested loops and continue.
class Pairs:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i, self.i * self.i

async def main():
    async for a, b in Pairs(3):
        if a == 2:
            continue
        async for c, d in Pairs(2):
            print(a, b, c, d)

try:
    main().send(None)
except StopIteration:
    pass
