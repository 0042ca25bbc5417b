# A true result from __aexit__ suppresses the exception.
class Suppress:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print('suppressing', typ.__name__)
        return 1

async def main():
    async with Suppress():
        raise KeyError('x')
        print('not reached')
    print('continues')
    x = 0
    for i in range(3):
        async with Suppress():
            x += 1
            raise ValueError(i)
    return x

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
