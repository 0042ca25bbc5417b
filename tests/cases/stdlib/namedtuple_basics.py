from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1])
print(p._asdict(), p._replace(y=99), Point._fields)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p))
Q = namedtuple('Q', 'a b c')
print(Q(1, 2, 3), Q._make([4, 5, 6]))
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
