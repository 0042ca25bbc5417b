# aclose() runs finally blocks of a suspended async generator.
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.__anext__()))
print(step(g.aclose()))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration after aclose')
h = agen()
print(step(h.aclose()))
