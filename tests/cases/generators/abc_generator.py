# Generators are registered with the collections.abc Generator/Iterator ABCs.
import collections.abc as abc
import types

def gen():
    yield 1

g = gen()
print(isinstance(g, abc.Generator), isinstance(g, abc.Iterator), isinstance(g, abc.Iterable))
print(issubclass(types.GeneratorType, abc.Generator))
print(isinstance((x for x in []), abc.Generator))
print(isinstance(iter([]), abc.Generator), isinstance(iter([]), abc.Iterator))
