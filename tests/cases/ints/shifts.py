print(1 << 10, 1 << 100, 5 << 0)
print(1024 >> 3, -16 >> 2, -1 >> 10, -17 >> 1, 7 >> 100)
print((2 ** 100) >> 90)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
