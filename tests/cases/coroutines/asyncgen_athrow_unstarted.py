# athrow() on an async generator that has not started.
async def agen():
    print('never runs')
    yield 1

def step(aw):
    try:
        return aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
try:
    step(g.athrow(ValueError('v')))
except ValueError as e:
    print('ValueError', e)
try:
    step(g.__anext__())
except StopAsyncIteration:
    print('exhausted')
