o = object()
p = object()
print(type(o).__name__, o == o, o == p, o is not p)
try:
    o.x = 1
except AttributeError as e:
    print(e)
sentinel = object()
d = {'a': None}
print(d.get('a', sentinel) is sentinel, d.get('b', sentinel) is sentinel)
print(isinstance(1, object), issubclass(int, object))
