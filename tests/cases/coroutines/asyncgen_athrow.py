# athrow() raises inside the async generator.
async def agen():
    try:
        yield 1
    except ValueError as e:
        print('agen caught', e)
        yield 'recovered'
    yield 'end'

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError('bad'))))
print(step(g.__anext__()))
try:
    step(g.athrow(KeyError('k')))
except KeyError as e:
    print('propagated', repr(e))
