# gi_yieldfrom is the iterator being delegated to, or None.
def sub():
    yield 1
    yield 2

def outer():
    yield 0
    yield from sub()
    yield 3

g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(g.gi_yieldfrom.gi_yieldfrom)
next(g)
next(g)
print(g.gi_yieldfrom)
def over_list():
    yield from [1, 2]
h = over_list()
next(h)
print(type(h.gi_yieldfrom).__name__)
