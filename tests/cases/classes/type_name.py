class MyThing:
    pass
print(type(MyThing()).__name__, MyThing.__name__, MyThing.__qualname__)
print(type(MyThing).__name__, type(type).__name__)
for v in [1, 1.5, 'a', b'a', [], (), {}, set(), None, True, len, range(1), frozenset()]:
    print(type(v).__name__, end=' ')
print()
print(type(MyThing()) == MyThing, MyThing.__module__)
print(MyThing)
print(int, type(3))
