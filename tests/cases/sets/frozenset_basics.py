f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f)
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
try:
    f.add(4)
except AttributeError as e:
    print(e)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
try:
    {{1}}
except TypeError as e:
    print(e)
