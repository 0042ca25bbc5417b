r = range(10, 0, -3)
print(r, list(r), len(r))
print(range(5), range(1, 5), range(0, 10, 2))
print(r[0], r[-1], r[1:3], list(r[1:3]))
print(range(10)[::-1], list(range(10)[::-2]))
print(7 in r, 8 in r, 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(range(0, 10, 3).index(6), range(5).count(3))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(list(range(-5, -1)), list(range(-1, -5, -1)))
