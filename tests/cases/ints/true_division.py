print(1 / 3, 2 / 3, 10 / 4, -9 / 2, 1 / 1)
print(10 ** 20 / 10 ** 10, (2 ** 60) / 3)
print(0 / 5, -0 / 5, 0 / -5)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
