print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 8 / 2, type(8 / 2).__name__)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5 == 2 ** 0.5, 2 ** -2)
print(1 == 1.0, 2 < 2.5, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16 + 1)
print(int(2.9) + 0.0, float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1)
print((2 ** 1000) / 2 ** 999, 10 ** 400 // 10 ** 399)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
