# __aenter__ and __aexit__ may suspend the coroutine.
import types

@types.coroutine
def pause(tag):
    yield tag

class Mgr:
    async def __aenter__(self):
        await pause('in aenter')
        return 'r'
    async def __aexit__(self, *exc):
        await pause('in aexit')

async def main():
    async with Mgr() as r:
        await pause('in body ' + r)
    return 'finished'

c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print(e.value)
