for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
