# Driving an async generator by hand with __anext__().send(None).
async def agen():
    yield 'a'
    yield 'b'

g = agen()
for i in range(3):
    aw = g.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print('value', e.value)
    except StopAsyncIteration:
        print('exhausted')
