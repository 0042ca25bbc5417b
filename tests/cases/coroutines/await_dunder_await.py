# await on an object whose __await__ returns an iterator.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        print('__await__ called')
        return iter([])

class Yielding:
    def __await__(self):
        x = yield 'from Yielding'
        return x

async def main():
    print(await Ready(1))
    r = await Yielding()
    print('Yielding returned', r)
    return 'end'

c = main()
print(c.send(None))
try:
    c.send('sent')
except StopIteration as e:
    print(e.value)
