# inspect.getgeneratorstate through its four states.
import inspect

def gen():
    print('inside:', inspect.getgeneratorstate(g), g.gi_running)
    yield 1
    print('inside again:', inspect.getgeneratorstate(g))
    yield 2

g = gen()
print(inspect.getgeneratorstate(g), g.gi_running)
next(g)
print(inspect.getgeneratorstate(g), g.gi_running)
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), g.gi_running)
h = gen()
print(inspect.getgeneratorstate(h))
g = h
print(list(g))
print(inspect.getgeneratorstate(g))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
