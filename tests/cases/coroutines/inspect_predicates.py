# inspect predicates for coroutines and async generators.
import inspect
import types

async def coro():
    return 1

async def agen():
    yield 1

def gen():
    yield 1

@types.coroutine
def gcoro():
    yield

class Aw:
    def __await__(self):
        return iter([])

c = coro()
a = agen()
g = gen()
gc = gcoro()
print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(agen), inspect.iscoroutinefunction(gen), inspect.iscoroutinefunction(gcoro))
print(inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(coro))
print(inspect.iscoroutine(c), inspect.iscoroutine(a), inspect.iscoroutine(g), inspect.iscoroutine(gc))
print(inspect.isasyncgen(a), inspect.isasyncgen(c))
print(inspect.isawaitable(c), inspect.isawaitable(Aw()), inspect.isawaitable(gc), inspect.isawaitable(g), inspect.isawaitable(1), inspect.isawaitable(a))
print(inspect.isgeneratorfunction(coro), inspect.isgenerator(c))
print(isinstance(c, types.CoroutineType), isinstance(a, types.AsyncGeneratorType))
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
c.close()
