# Exceptions from __anext__ and from the body propagate out of async for.
class Fails:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError('anext failed')
        return self.n

async def main():
    try:
        async for x in Fails():
            print(x)
    except ValueError as e:
        print('caught', e)
    try:
        async for x in Fails():
            raise KeyError(x)
    except KeyError as e:
        print('body raised', e)

try:
    main().send(None)
except StopIteration:
    pass
