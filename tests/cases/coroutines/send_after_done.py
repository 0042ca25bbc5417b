# Resuming a finished coroutine raises RuntimeError.
async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
for i in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
