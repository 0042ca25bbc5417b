import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {time.strftime('%X')}")

    task1 = asyncio.create_task(say_after(1, 'hello zhangsan'))
    task2 = asyncio.create_task(say_after(2, 'hello lisi'))

    # 这里为了等待2个task执行的结束，并不是上面create_task的时候，
    # 已经在并发执行了
    await asyncio.gather(task1, task2)

    print(f"finished at {time.strftime('%X')}")

await main()

# started at 15:06:02
# hello zhangsan
# hello lisi
# finished at 15:06:04
