# The else clause of async for, with and without break.
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def main():
    async for x in Seq([1, 2]):
        print('item', x)
    else:
        print('else after exhaustion')
    async for x in Seq([1, 2, 3]):
        if x == 2:
            break
    else:
        print('not printed')
    print('broke at', x)
    async for x in Seq([]):
        print('never')
    else:
        print('else on empty')

try:
    main().send(None)
except StopIteration:
    pass
