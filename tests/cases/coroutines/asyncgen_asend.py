# asend() sends values into an async generator.
async def echo():
    received = yield 'ready'
    while True:
        received = yield 'got %r' % received

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = echo()
print(step(g.asend(None)))
print(step(g.asend(1)))
print(step(g.asend('two')))
aw = g.asend(3)
try:
    aw.send(None)
except StopIteration as e:
    print(e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
