# An exception from __aexit__ replaces the body's, with it as context.
class Mgr:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        raise RuntimeError('from aexit')

async def main():
    try:
        async with Mgr():
            raise ValueError('body')
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))

try:
    main().send(None)
except StopIteration:
    pass
