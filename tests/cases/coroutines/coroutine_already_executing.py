# A coroutine cannot resume itself.
async def f():
    try:
        c.send(None)
    except ValueError as e:
        print('ValueError:', e)
    return 'ok'

c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
