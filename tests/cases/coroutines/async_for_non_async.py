# async for over objects without __aiter__ / __anext__.
class NoNext:
    def __aiter__(self):
        return self

class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

async def loop(obj):
    async for x in obj:
        pass

for o in [[1, 2], range(3), NoNext(), BadNext()]:
    try:
        loop(o).send(None)
    except TypeError as e:
        print(e)
