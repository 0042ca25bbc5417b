data = ['a', "b'c", 1, 2.0, None, True, ('t',), {'k': 'v'}, [[]]]
print(data)
print(str(data) == repr(data))
print(('x',), ('x', 'y'), ())
print({'key': ['nested', {'deep': 'val'}]})
print(['中文', 'é', '\n'])
class R:
    def __repr__(self): return 'R!'
    def __str__(self): return 'str R'
print([R()], (R(), R()), {'r': R()}, R())
