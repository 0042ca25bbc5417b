# __await__ may not return a coroutine.
async def other():
    return 1

class A:
    def __await__(self):
        return other()

async def main():
    await A()

try:
    main().send(None)
except TypeError as e:
    print(e)
