# Two coroutines driven by hand in a round-robin loop (the seed tutorial's run()).
import types

@types.coroutine
def switch():
    yield 'switch'

async def coro1():
    print("C1: Start")
    await switch()
    print("C1: Stop")

async def coro2():
    print("C2: Start")
    print("C2: a")
    print("C2: b")
    await switch()
    print("C2: c")
    print("C2: Stop")

def run(coros):
    coros = list(coros)
    while coros:
        print([c.__name__ for c in coros])
        print('start loop')
        for coro in list(coros):
            try:
                print(coro.send(None))
            except StopIteration:
                coros.remove(coro)

run([coro1(), coro2()])
