# __aenter__/__aexit__ returning non-awaitables.
class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 2

async def use(m):
    async with m:
        print('body')

for m in [BadEnter(), BadExit()]:
    try:
        use(m).send(None)
    except TypeError as e:
        print(e)
