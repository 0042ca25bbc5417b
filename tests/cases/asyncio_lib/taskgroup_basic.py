import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print('finished', name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('one', 0.02))
        t2 = tg.create_task(work('two', 0.01), name='second')
        print('tasks created', t2.get_name())
    print('after block', t1.result(), t2.result())
    print(repr(tg))
    late = work('late', 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print('RuntimeError:', e)
    late.close()
    tg2 = asyncio.TaskGroup()
    c = work('x', 0)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    async with tg2:
        print(repr(tg2))
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    # A task group waits for tasks created by tasks of the group.
    async with asyncio.TaskGroup() as tg3:
        async def spawner():
            await asyncio.sleep(0.01)
            tg3.create_task(work('spawned', 0.01))
        tg3.create_task(spawner())
    print('all done')


asyncio.run(main())
