# Objects that are not asynchronous context managers.
class OnlyEnter:
    async def __aenter__(self):
        return self

class OnlyExit:
    async def __aexit__(self, *a):
        pass

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def use(m):
    async with m:
        pass

for m in [OnlyEnter(), OnlyExit(), Sync(), 1]:
    try:
        use(m).send(None)
    except TypeError as e:
        print(e)
