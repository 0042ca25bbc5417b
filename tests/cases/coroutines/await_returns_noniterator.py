# __await__ must return an iterator.
class A:
    def __await__(self):
        return 1

class B:
    def __await__(self):
        return [1, 2]

async def main(x):
    await x

for o in [A(), B()]:
    try:
        main(o).send(None)
    except TypeError as e:
        print(e)
