# An async generator that yields in response to aclose().
async def agen():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
step(g.__anext__())
try:
    step(g.aclose())
except RuntimeError as e:
    print('RuntimeError:', e)
