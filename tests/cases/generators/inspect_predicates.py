# inspect predicates and types.GeneratorType.
import inspect
import types

def genfunc():
    yield 1

def plain():
    return iter([1])

g = genfunc()
print(inspect.isgeneratorfunction(genfunc), inspect.isgeneratorfunction(plain))
print(inspect.isgenerator(g), inspect.isgenerator(plain()), inspect.isgenerator(genfunc))
print(inspect.isgenerator(x for x in []))
print(isinstance(g, types.GeneratorType), type(g) is types.GeneratorType)
print(types.GeneratorType.__name__)
print(isinstance(iter([]), types.GeneratorType))
print(inspect.isgeneratorfunction(lambda: (yield)))
print(inspect.iscoroutinefunction(genfunc))
