import asyncio


class NamedQueue(asyncio.Queue):
    def __init__(self, name, maxsize=0):
        super().__init__(maxsize)
        self.name = name

    def __str__(self):
        return self.name + ' ' + super().__str__()


async def main():
    q = NamedQueue('jobs', 3)
    q.put_nowait('x')
    print(str(q))
    print(await q.get(), q.qsize())
    print(type(q).__mro__[1].__name__)
    print([n for n in ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty') if hasattr(asyncio, n)])


asyncio.run(main())
