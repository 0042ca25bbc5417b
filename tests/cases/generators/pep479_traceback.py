# Uncaught RuntimeError from a StopIteration inside a generator: chained traceback.
def take_two(it):
    yield next(it)
    yield next(it)

source = iter([1])
for x in take_two(source):
    print(x)
