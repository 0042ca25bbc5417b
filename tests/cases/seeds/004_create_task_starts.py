import asyncio

async def coroutine1():
    print("Coroutine 1 started")
    await asyncio.sleep(1)
    print("Coroutine 1 completed")

async def coroutine2():
    print("Coroutine 2 started")
    await asyncio.sleep(2)
    print("Coroutine 2 completed")

async def main():
    print("Main started")
    # 启动两个协程
    task1 = asyncio.create_task(coroutine1())
    task2 = asyncio.create_task(coroutine2())
    print("开始等待结果")

    # await task1
    # print("task1 结束")
    await task2
    print("task2 结束")

    print("Main completed")

# 在事件循环中运行主协程
asyncio.run(main())
