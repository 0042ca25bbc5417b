# Awaiting an already awaited coroutine.
async def child():
    return 'child'

async def main():
    c = child()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    return 'ok'

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
