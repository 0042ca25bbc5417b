# async with awaits __aenter__ and __aexit__.
class Mgr:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, typ, val, tb):
        print('aexit', typ, val, tb)
        return False

async def main():
    async with Mgr() as r:
        print('body', r)
    print('after')

try:
    main().send(None)
except StopIteration:
    print('done')
