# Exception state inside __aexit__ and after the block.
import sys

class Mgr:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print('aexit sees', sys.exc_info()[0])
        return True

async def main():
    async with Mgr():
        raise IndexError
    print('after', sys.exc_info())
    try:
        raise KeyError
    except KeyError:
        async with Mgr():
            print('handling', sys.exc_info()[0])
        print('still handling', sys.exc_info()[0])

try:
    main().send(None)
except StopIteration:
    pass
