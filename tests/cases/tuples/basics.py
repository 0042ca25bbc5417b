t = (1, 'two', 3.0)
print(t, len(t), t[1], t[-1], t[::-1], t[1:])
print((), (1,), (1), type((1,)).__name__, type((1)).__name__)
u = 1, 2, 3
print(u, type(u).__name__)
print(t + (4,), (0,) * 3, 2 in u, u.index(3), (1, 1, 2).count(1))
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
