# types.coroutine on a non-generator function wraps its result.
import types

class Aw:
    def __await__(self):
        yield 'aw'
        return 'aw result'

@types.coroutine
def plain():
    return Aw()

async def main():
    return await plain()

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)
